import type { ReactNode } from 'react';
import { Result, Typography } from 'antd';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { roleAllows, type Role } from '@porthole/contract';
import { useSignedInUser } from './use-signed-in-user.ts';

export interface RequireRoleProps {
  role: Role;
  /** The page; as a layout route without children it renders the matched child route. */
  children?: ReactNode;
}

/**
 * Shows a page only to users with at least `role`. The BFF refuses their requests anyway; this
 * spares them a page of errors and says why.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (roleAllows(user.role, role)) return children ?? <Outlet />;
  return (
    <Result
      status="403"
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('app.notAllowed.title')}
        </Typography.Title>
      }
      subTitle={t('app.notAllowed.description')}
    />
  );
}
