import { useRouteError } from 'react-router';
import { ErrorState } from '../../components/ui/error-state.tsx';

/** Last line of defence: a render error anywhere shows the shared error view, not a blank page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div style={{ padding: 24 }}>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
