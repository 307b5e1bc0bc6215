import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type RunCommandBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function runCommand(region: string, body: RunCommandBody) {
  return apiRequest(routes.runCommand, { params: { region }, body });
}

export function useRunCommand(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunCommandBody) => runCommand(region, body),
    // The invocation list and the commands' run counts change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invocations', region] }),
  });
}
