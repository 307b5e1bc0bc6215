import { MutationCache, QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';

const maxRetries = 2;

/** Retry only what may succeed on a second try: the network, the BFF's 5xx, cloud throttling. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500 || error.code === 'CLOUD_THROTTLED';
}

/** The session expired or was revoked (sign-out elsewhere, a role change, a password reset). */
export function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.code === 'UNAUTHENTICATED';
}

export const defaultQueryOptions: DefaultOptions = {
  queries: { staleTime: 10_000, retry: shouldRetry, refetchOnWindowFocus: false },
  mutations: { retry: false },
};

export interface QueryClientSetup {
  /**
   * Called whenever any query or mutation fails because the session ended, so one rule sends the
   * user to sign in instead of every view showing its own error.
   */
  onSessionEnded: (client: QueryClient) => void;
  defaultOptions?: DefaultOptions;
}

export function createQueryClient({ onSessionEnded, defaultOptions = defaultQueryOptions }: QueryClientSetup): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionEnded(error)) onSessionEnded(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions,
  });
  return client;
}
