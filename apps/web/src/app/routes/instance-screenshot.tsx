import { ScreenshotView } from '../../features/screenshot/components/screenshot-view.tsx';
import { useInstance } from '../../features/instances/api/get-instance.ts';
import { useInstanceParams } from './route-params.ts';

export function InstanceScreenshotRoute() {
  const { region, id } = useInstanceParams();
  // The instance page renders its tabs only once the instance is loaded, so this reads the cache.
  const instance = useInstance(region, id);
  // Keyed by instance, so the refresh countdown starts fresh for another instance.
  return <ScreenshotView key={`${region}/${id}`} region={region} id={id} instanceName={instance.data?.name || id} />;
}
