import type { ReactNode } from 'react';
import { Flex, Layout, Menu, Typography } from 'antd';
import { CloudServerOutlined, CodeOutlined, ContainerOutlined, DeploymentUnitOutlined, HistoryOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths, type RegionSection } from '../../../config/paths.ts';
import { CloudModeBadge } from './cloud-mode-badge.tsx';
import { LanguageSwitch } from './language-switch.tsx';

const headerLinkStyle = { color: 'rgba(255, 255, 255, 0.85)' };

export interface AppLayoutProps {
  /** The region the navigation links point into. */
  region: string;
  /** The highlighted navigation entry, if the page belongs to one. */
  section?: RegionSection | undefined;
  /** Slot for the region picker: the shell does not know where regions come from. */
  regionPicker?: ReactNode;
  /** Slot for the signed-in user's menu: the shell does not know about sessions. */
  account: ReactNode;
  /** Links to the admin pages, for admins only. */
  showAdminLinks: boolean;
  children: ReactNode;
}

export function AppLayout({ region, section, regionPicker, account, showAdminLinks, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const items = [
    {
      key: 'instances',
      icon: <CloudServerOutlined aria-hidden />,
      label: <Link to={paths.instances.getHref(region)}>{t('app.nav.instances')}</Link>,
    },
    {
      key: 'container-groups',
      icon: <ContainerOutlined aria-hidden />,
      label: <Link to={paths.containerGroups.getHref(region)}>{t('app.nav.containerGroups')}</Link>,
    },
    {
      key: 'commands',
      icon: <CodeOutlined aria-hidden />,
      label: <Link to={paths.commands.getHref(region)}>{t('app.nav.commands')}</Link>,
    },
    {
      key: 'invocations',
      icon: <HistoryOutlined aria-hidden />,
      label: <Link to={paths.invocations.getHref(region)}>{t('app.nav.invocations')}</Link>,
    },
    {
      key: 'rollouts',
      icon: <DeploymentUnitOutlined aria-hidden />,
      label: <Link to={paths.rollouts.getHref(region)}>{t('app.nav.rollouts')}</Link>,
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24 }}>
        <Link to={paths.home.path} style={{ color: '#fff' }}>
          <Typography.Text strong style={{ color: 'inherit', fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <CloudModeBadge />
        <Link to={paths.terminals.getHref()} style={headerLinkStyle}>
          {t('terminal.nav')}
        </Link>
        <Link to={paths.recordings.getHref()} style={headerLinkStyle}>
          {t('recordings.nav')}
        </Link>
        {showAdminLinks && (
          <nav aria-label={t('app.nav.admin')}>
            <Flex gap={16}>
              <Link to={paths.adminUsers.getHref()} style={headerLinkStyle}>
                {t('app.nav.users')}
              </Link>
              <Link to={paths.adminAudit.getHref()} style={headerLinkStyle}>
                {t('app.nav.audit')}
              </Link>
            </Flex>
          </nav>
        )}
        <Flex flex={1} justify="flex-end" align="center" gap={12}>
          {regionPicker}
          <LanguageSwitch />
          {account}
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} theme="light">
          <nav aria-label={t('app.name')}>
            <Menu mode="inline" selectedKeys={section ? [section] : []} items={items} style={{ borderInlineEnd: 0 }} />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
