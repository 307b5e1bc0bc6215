import { Flex, Layout, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { LanguageSwitch } from '../../features/app-shell/components/language-switch.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { SharedView } from '../../features/shares/components/shared-view.tsx';
import { AppFrame } from './app-frame.tsx';

/**
 * A shared link, outside the sign-in guard: teammates see it in the app's frame, anonymous visitors
 * in a bare one (no navigation into pages they cannot open).
 */
export function SharedViewRoute() {
  const { t } = useTranslation();
  const { token } = useParams();
  const session = useSession();
  if (!token) throw new Error('route has no :token segment');

  if (session.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }} role="status" aria-label={t('app.checkingSession')}>
        <Spin size="large" />
      </Flex>
    );
  }
  // Keyed by token: another link is another page, not an update of this one.
  const page = <SharedView key={token} token={token} />;
  if (session.data) return <AppFrame>{page}</AppFrame>;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
        <Link to={paths.home.path} style={{ color: '#fff' }}>
          <Typography.Text strong style={{ color: 'inherit', fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: 24, minWidth: 0 }}>{page}</Layout.Content>
    </Layout>
  );
}
