import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';

const maxRetries = 2;

/** Retry only what may succeed on a second try: the network, the BFF's 5xx, cloud throttling. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500 || error.code === 'CLOUD_THROTTLED';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 10_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
