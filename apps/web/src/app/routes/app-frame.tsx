import type { ReactNode } from 'react';
import { roleAllows } from '@porthole/contract';
import { defaultRegion, type RegionSection } from '../../config/paths.ts';
import { AppLayout } from '../../features/app-shell/components/app-layout.tsx';
import { AccountMenu } from '../../features/auth/components/account-menu.tsx';
import { getLastRegion } from '../../features/regions/last-region.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

export interface AppFrameProps {
  /** The region the navigation points into; pages outside a region use the last one visited. */
  region?: string | undefined;
  section?: RegionSection | undefined;
  regionPicker?: ReactNode;
  children: ReactNode;
}

/** The shell of every signed-in page, with the header parts that depend on who is signed in. */
export function AppFrame({ region, section, regionPicker, children }: AppFrameProps) {
  const user = useSignedInUser();
  return (
    <AppLayout
      region={region ?? getLastRegion() ?? defaultRegion}
      section={section}
      regionPicker={regionPicker}
      account={<AccountMenu user={user} />}
      showAdminLinks={roleAllows(user.role, 'admin')}
    >
      {children}
    </AppLayout>
  );
}
