import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { routes, type InstanceListQuery } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { runKeys } from './run-keys.ts';

/** One page of the region's instances, for picking targets by hand. */
export function useTargetInstances(region: string, query: InstanceListQuery) {
  return useQuery({
    queryKey: runKeys.instances(region, query),
    queryFn: ({ signal }) => apiRequest(routes.instances, { params: { region }, query, signal }),
    placeholderData: keepPreviousData,
  });
}
