import { ConsoleOutputView } from '../../features/console-output/components/console-output-view.tsx';
import { useInstance } from '../../features/instances/api/get-instance.ts';
import { ShareConsoleButton } from '../../features/shares/components/share-console-button.tsx';
import { useInstanceParams } from './route-params.ts';

export function InstanceConsoleRoute() {
  const { region, id } = useInstanceParams();
  // The instance page renders its tabs only once the instance is loaded, so this reads the cache.
  const instance = useInstance(region, id).data;
  const status = instance?.status;
  // Keyed by instance, so the view's own state (switches, selection) starts fresh for another instance.
  return (
    <ConsoleOutputView
      key={`${region}/${id}`}
      region={region}
      id={id}
      booting={status === 'Starting' || status === 'Pending'}
      renderToolbarExtra={({ removeSymbols, selectedRange }) => (
        <ShareConsoleButton
          regionId={region}
          instanceId={id}
          instanceName={instance?.name}
          removeSymbols={removeSymbols}
          selectedRange={selectedRange}
        />
      )}
    />
  );
}
