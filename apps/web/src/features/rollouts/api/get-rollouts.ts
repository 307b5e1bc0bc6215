import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { isOpen } from '../rollout-status.ts';
import { rolloutKeys } from './rollout-keys.ts';

const listPollMs = 5000;

export function getRollouts(region: string, signal?: AbortSignal) {
  return apiRequest(routes.rollouts, { params: { region }, ...(signal ? { signal } : {}) });
}

export function getRolloutsQueryOptions(region: string) {
  return queryOptions({
    queryKey: rolloutKeys.list(region),
    queryFn: ({ signal }) => getRollouts(region, signal),
    refetchInterval: (query) => (query.state.data?.items.some((rollout) => isOpen(rollout.status)) ? listPollMs : false),
  });
}

export function useRollouts(region: string) {
  return useQuery(getRolloutsQueryOptions(region));
}
