import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type UpdateUserBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { userKeys } from './user-keys.ts';

export interface UpdateUserInput {
  id: string;
  body: UpdateUserBody;
}

export function updateUser({ id, body }: UpdateUserInput) {
  return apiRequest(routes.updateUser, { params: { id }, body });
}

/** Role, scope or enabled state; the list is re-read either way, so a refused change shows the truth. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
