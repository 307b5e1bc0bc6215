import type { ReactNode } from 'react';
import { roleAllows } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultRegion, paths, type RegionSection } from '../../config/paths.ts';
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
  const { t } = useTranslation();
  const user = useSignedInUser();
  // The user's own links sit with the account menu: they belong to whoever is signed in, not to a region.
  const account = (
    <>
      <Link to={paths.shares.getHref()} style={{ color: 'rgba(255, 255, 255, 0.85)', whiteSpace: 'nowrap' }}>
        {t('shares.title')}
      </Link>
      <AccountMenu user={user} />
    </>
  );
  return (
    <AppLayout
      region={region ?? getLastRegion() ?? defaultRegion}
      section={section}
      regionPicker={regionPicker}
      account={account}
      showAdminLinks={roleAllows(user.role, 'admin')}
    >
      {children}
    </AppLayout>
  );
}
