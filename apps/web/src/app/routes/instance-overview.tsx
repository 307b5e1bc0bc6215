import { useInstance } from '../../features/instances/api/get-instance.ts';
import { InstanceOverview } from '../../features/instances/components/instance-overview.tsx';
import { useInstanceParams } from './route-params.ts';

// The parent route shows the loading and error states of the same query.
export function InstanceOverviewRoute() {
  const { region, id } = useInstanceParams();
  const instance = useInstance(region, id);
  return instance.data ? <InstanceOverview instance={instance.data} /> : null;
}
