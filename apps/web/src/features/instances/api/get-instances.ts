import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes, type InstanceListQuery } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { isTransitional } from '../instance-status.ts';
import { instanceKeys } from './instance-keys.ts';

const listPollMs = 3000;

export function getInstances(region: string, query: InstanceListQuery, signal?: AbortSignal) {
  return apiRequest(routes.instances, { params: { region }, query, ...(signal ? { signal } : {}) });
}

export function getInstancesQueryOptions(region: string, query: InstanceListQuery) {
  return queryOptions({
    queryKey: instanceKeys.list(region, query),
    queryFn: ({ signal }) => getInstances(region, query, signal),
    // Keep the old page on screen while the next one loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((i) => isTransitional(i.status)) ? listPollMs : false),
  });
}

export function useInstances(region: string, query: InstanceListQuery) {
  return useQuery(getInstancesQueryOptions(region, query));
}
