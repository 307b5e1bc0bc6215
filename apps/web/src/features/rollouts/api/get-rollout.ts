import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { rolloutPollInterval } from '../rollout-status.ts';
import { rolloutKeys } from './rollout-keys.ts';

export function getRollout(region: string, rolloutId: string, signal?: AbortSignal) {
  return apiRequest(routes.rollout, { params: { region, rolloutId }, ...(signal ? { signal } : {}) });
}

export function getRolloutQueryOptions(region: string, rolloutId: string) {
  return queryOptions({
    queryKey: rolloutKeys.detail(region, rolloutId),
    queryFn: ({ signal }) => getRollout(region, rolloutId, signal),
    refetchInterval: (query) => rolloutPollInterval(query.state.data),
  });
}

export function useRollout(region: string, rolloutId: string) {
  return useQuery(getRolloutQueryOptions(region, rolloutId));
}
