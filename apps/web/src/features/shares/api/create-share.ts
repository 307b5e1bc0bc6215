import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type CreateShareBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { shareKeys } from './share-keys.ts';

export function createShare(body: CreateShareBody) {
  return apiRequest(routes.createShare, { body });
}

export function useCreateShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShare,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shareKeys.all }),
  });
}
