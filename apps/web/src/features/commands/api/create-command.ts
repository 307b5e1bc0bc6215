import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type CreateCommandBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { commandKeys } from './command-keys.ts';

export function createCommand(region: string, body: CreateCommandBody) {
  return apiRequest(routes.createCommand, { params: { region }, body });
}

export function useCreateCommand(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommandBody) => createCommand(region, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commandKeys.region(region) }),
  });
}
