import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type CreateRolloutBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function createRollout(region: string, body: CreateRolloutBody) {
  return apiRequest(routes.createRollout, { params: { region }, body });
}

export function useCreateRollout(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRolloutBody) => createRollout(region, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rollouts', region] }),
  });
}
