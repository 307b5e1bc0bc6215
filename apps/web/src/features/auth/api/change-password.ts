import { useMutation } from '@tanstack/react-query';
import { routes, type ChangePasswordBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function changePassword(body: ChangePasswordBody) {
  return apiRequest(routes.changePassword, { body });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
