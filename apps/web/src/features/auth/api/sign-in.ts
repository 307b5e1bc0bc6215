import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, type SignInBody } from '@porthole/contract';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { apiRequest } from '../../../lib/http-client.ts';
import { sessionQueryKey } from './get-session.ts';

export async function signIn(body: SignInBody) {
  const session = await apiRequest(routes.signIn, { body });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // Nothing cached for whoever was signed in before may show to this user.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
