import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { invocationKeys } from './invocation-keys.ts';

export function getInvocationHistory(region: string, invokeId: string, cursor: string | null, signal?: AbortSignal) {
  return apiRequest(routes.invocationHistory, {
    params: { region, invokeId },
    query: cursor ? { cursor } : {},
    ...(signal ? { signal } : {}),
  });
}

/** Every execution of a periodic or every-reboot run, newest first. */
export function getInvocationHistoryQueryOptions(region: string, invokeId: string) {
  return infiniteQueryOptions({
    queryKey: invocationKeys.history(region, invokeId),
    queryFn: ({ pageParam, signal }) => getInvocationHistory(region, invokeId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useInvocationHistory(region: string, invokeId: string, refetchInterval: number | false) {
  return useInfiniteQuery({ ...getInvocationHistoryQueryOptions(region, invokeId), refetchInterval });
}
