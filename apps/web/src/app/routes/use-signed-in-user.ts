import type { SessionUser } from '@porthole/contract';
import { useSession } from '../../features/auth/api/get-session.ts';

/** The signed-in user, for pages under RequireSession (which renders nothing until there is one). */
export function useSignedInUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInUser is only for pages under RequireSession');
  return data.user;
}
