import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function getMeta(signal?: AbortSignal) {
  return apiRequest(routes.meta, signal ? { signal } : {});
}

export function getMetaQueryOptions() {
  return queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getMeta(signal),
    // Which cloud the BFF talks to is fixed for the life of the process.
    staleTime: Infinity,
  });
}

export function useMeta() {
  return useQuery(getMetaQueryOptions());
}
