import { useMutation } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { useShowRollout } from './show-rollout.ts';

/** Resumes a rollout paused after its first batch. */
export function continueRollout(region: string, rolloutId: string) {
  return apiRequest(routes.continueRollout, { params: { region, rolloutId } });
}

export function useContinueRollout(region: string, rolloutId: string) {
  const show = useShowRollout(region, rolloutId);
  return useMutation({ mutationFn: () => continueRollout(region, rolloutId), onSuccess: show });
}
