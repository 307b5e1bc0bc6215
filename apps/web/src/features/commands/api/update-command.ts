import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type UpdateCommandBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { commandKeys } from './command-keys.ts';

export function updateCommand(region: string, commandId: string, body: UpdateCommandBody) {
  return apiRequest(routes.updateCommand, { params: { region, commandId }, body });
}

export function useUpdateCommand(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commandId, body }: { commandId: string; body: UpdateCommandBody }) => updateCommand(region, commandId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commandKeys.region(region) }),
  });
}
