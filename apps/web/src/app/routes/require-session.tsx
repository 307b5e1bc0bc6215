import { Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { ErrorState } from '../../components/ui/error-state.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';

/**
 * Every app page sits under this guard: signed-out visitors go to sign-in, which brings them back
 * here afterwards. It also reacts when the session ends later (the query client marks it null).
 */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname, search } = useLocation();

  if (session.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }} role="status" aria-label={t('app.checkingSession')}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (session.isError) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) return <Navigate replace to={paths.signIn.getHref(`${pathname}${search}`)} />;
  return <Outlet />;
}
