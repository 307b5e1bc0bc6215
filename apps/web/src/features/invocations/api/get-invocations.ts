import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { routes, type InvocationListQuery } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { invocationKeys } from './invocation-keys.ts';

export type InvocationFilters = Pick<InvocationListQuery, 'status' | 'commandName' | 'instanceId'>;

export function getInvocations(region: string, query: InvocationListQuery, signal?: AbortSignal) {
  return apiRequest(routes.invocations, { params: { region }, query, ...(signal ? { signal } : {}) });
}

/** Newest first; "Load more" follows the cloud's cursor. */
export function getInvocationsQueryOptions(region: string, filters: InvocationFilters) {
  return infiniteQueryOptions({
    queryKey: invocationKeys.list(region, filters),
    queryFn: ({ pageParam, signal }) => getInvocations(region, { ...filters, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useInvocations(region: string, filters: InvocationFilters) {
  return useInfiniteQuery(getInvocationsQueryOptions(region, filters));
}
