import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { routes, type SessionInfo } from '@porthole/contract';
import { isApiError } from '../../../lib/api-error.ts';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { apiRequest } from '../../../lib/http-client.ts';

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when signed out: a 401 here is an answer, not a failure. */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest(routes.session, signal ? { signal } : {});
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    // The session only changes by signing in or out (both update this query) or by ending on the
    // server, which the next failing request reports (see endSession).
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

/** Records that the session is over; the route guard then sends the user to sign in. */
export function endSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(sessionQueryKey, null);
}
