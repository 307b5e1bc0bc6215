import { useMutation } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { useShowRollout } from './show-rollout.ts';

/** No further batch starts, and the batch running now is stopped on its instances. */
export function cancelRollout(region: string, rolloutId: string) {
  return apiRequest(routes.cancelRollout, { params: { region, rolloutId } });
}

export function useCancelRollout(region: string, rolloutId: string) {
  const show = useShowRollout(region, rolloutId);
  return useMutation({ mutationFn: () => cancelRollout(region, rolloutId), onSuccess: show });
}
