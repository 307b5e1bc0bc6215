import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { userKeys } from './user-keys.ts';

export interface ResetPasswordInput {
  id: string;
  password: string;
}

export function resetPassword({ id, password }: ResetPasswordInput) {
  return apiRequest(routes.resetPassword, { params: { id }, body: { password } });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
