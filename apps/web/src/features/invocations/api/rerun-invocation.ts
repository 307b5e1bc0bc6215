import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type RerunBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { invocationKeys } from './invocation-keys.ts';

export function rerunInvocation(region: string, invokeId: string, body: RerunBody) {
  return apiRequest(routes.rerunInvocation, { params: { region, invokeId }, body });
}

export function useRerunInvocation(region: string, invokeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RerunBody) => rerunInvocation(region, invokeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invocationKeys.region(region) }),
  });
}
