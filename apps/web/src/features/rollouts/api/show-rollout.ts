import { useQueryClient } from '@tanstack/react-query';
import type { RolloutDetail } from '@porthole/contract';
import { rolloutKeys } from './rollout-keys.ts';

/** A decision's reply is the rollout as it now stands: show it at once, and let the list catch up. */
export function useShowRollout(region: string, rolloutId: string) {
  const queryClient = useQueryClient();
  return (detail: RolloutDetail) => {
    queryClient.setQueryData(rolloutKeys.detail(region, rolloutId), detail);
    return queryClient.invalidateQueries({ queryKey: rolloutKeys.list(region) });
  };
}
