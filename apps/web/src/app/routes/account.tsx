import { AccountPage } from '../../features/auth/components/account-page.tsx';
import { useSignedInUser } from './use-signed-in-user.ts';

export function AccountRoute() {
  return <AccountPage user={useSignedInUser()} />;
}
