import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { shareKeys } from './share-keys.ts';

export function revokeShare(id: string) {
  return apiRequest(routes.revokeShare, { params: { id } });
}

/** The lists are re-read either way, so a refused revocation still shows the link's real state. */
export function useRevokeShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeShare,
    onSettled: () => queryClient.invalidateQueries({ queryKey: shareKeys.all }),
  });
}
