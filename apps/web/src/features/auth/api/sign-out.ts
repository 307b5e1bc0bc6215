import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { apiRequest } from '../../../lib/http-client.ts';

export async function signOut() {
  await apiRequest(routes.signOut, {});
  setCsrfToken(null);
}

/** Signs out, then forgets everything cached for this user; `onSignedOut` leaves the page. */
export function useSignOut(onSignedOut: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.clear();
      onSignedOut();
    },
  });
}
