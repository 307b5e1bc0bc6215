import { ConsoleOutputView } from '../../features/console-output/components/console-output-view.tsx';
import { useInstanceParams } from './route-params.ts';

export function InstanceConsoleRoute() {
  const { region, id } = useInstanceParams();
  // Keyed by instance, so the view's own state (the symbols switch) starts fresh for another instance.
  return <ConsoleOutputView key={`${region}/${id}`} region={region} id={id} />;
}
