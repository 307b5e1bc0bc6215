import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { commandKeys } from './command-keys.ts';

export function deleteCommand(region: string, commandId: string) {
  return apiRequest(routes.deleteCommand, { params: { region, commandId } });
}

export function useDeleteCommand(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (commandId: string) => deleteCommand(region, commandId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commandKeys.region(region) }),
  });
}
