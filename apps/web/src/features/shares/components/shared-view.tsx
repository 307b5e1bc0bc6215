import { Skeleton } from 'antd';
import { isApiError } from '../../../lib/api-error.ts';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useSharedView } from '../api/get-shared-view.ts';
import { SharedLog } from './shared-log.tsx';
import { SharedViewSignIn, SharedViewUnavailable } from './shared-view-refusals.tsx';

/**
 * The page behind a shared link, for signed-in and anonymous visitors alike. The BFF says 401 when
 * a teammates-only link is opened signed out; unknown, expired and revoked links all look the same.
 */
export function SharedView({ token }: { token: string }) {
  const view = useSharedView(token);
  if (view.isPending) return <Skeleton active title paragraph={{ rows: 8 }} />;
  if (view.isError) {
    const { error } = view;
    if (isApiError(error) && error.status === 401) return <SharedViewSignIn token={token} />;
    // A malformed token (400) is just another link that does not work.
    if (isApiError(error) && (error.status === 404 || error.status === 400)) return <SharedViewUnavailable />;
    return <ErrorState error={error} onRetry={() => void view.refetch()} />;
  }
  return <SharedLog view={view.data} />;
}
