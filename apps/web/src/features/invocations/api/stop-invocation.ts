import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { invocationKeys } from './invocation-keys.ts';

/** Stops the run on every instance: running scripts are ended, instances not yet started never start. */
export function stopInvocation(region: string, invokeId: string) {
  return apiRequest(routes.stopInvocation, { params: { region, invokeId }, body: {} });
}

export function useStopInvocation(region: string, invokeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => stopInvocation(region, invokeId),
    // The page then polls while the instances pass through Stopping.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invocationKeys.region(region) }),
  });
}
