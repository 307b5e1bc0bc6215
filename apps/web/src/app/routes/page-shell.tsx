import { Outlet } from 'react-router';
import { AppFrame } from './app-frame.tsx';

/** Layout route for signed-in pages that belong to no region (account, admin, not found). */
export function PageShell() {
  return (
    <AppFrame>
      <Outlet />
    </AppFrame>
  );
}
