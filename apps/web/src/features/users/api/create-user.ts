import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type CreateUserBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { userKeys } from './user-keys.ts';

export function createUser(body: CreateUserBody) {
  return apiRequest(routes.createUser, { body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
