import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { invocationPollInterval } from '../invocation-status.ts';
import { invocationKeys } from './invocation-keys.ts';

export function getInvocation(region: string, invokeId: string, signal?: AbortSignal) {
  return apiRequest(routes.invocation, { params: { region, invokeId }, ...(signal ? { signal } : {}) });
}

export function getInvocationQueryOptions(region: string, invokeId: string) {
  return queryOptions({
    queryKey: invocationKeys.detail(region, invokeId),
    queryFn: ({ signal }) => getInvocation(region, invokeId, signal),
  });
}

/** The run and its per-instance results, re-read until every instance has finished. */
export function useInvocation(region: string, invokeId: string) {
  return useQuery({
    ...getInvocationQueryOptions(region, invokeId),
    refetchInterval: (query) => invocationPollInterval(query.state.data?.invocation.status),
  });
}
