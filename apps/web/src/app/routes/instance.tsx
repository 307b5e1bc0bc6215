import { Breadcrumb, Flex, Skeleton, Tabs } from 'antd';
import { CodeOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { ErrorState } from '../../components/ui/error-state.tsx';
import { useInstance } from '../../features/instances/api/get-instance.ts';
import { InstanceHeader } from '../../features/instances/components/instance-header.tsx';
import { useInstanceParams } from './route-params.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

type InstanceTab = 'overview' | 'console' | 'screenshot' | 'shell';

const tabHref: Record<InstanceTab, (region: string, id: string) => string> = {
  overview: paths.instance.getHref,
  console: paths.instanceConsole.getHref,
  screenshot: paths.instanceScreenshot.getHref,
  shell: paths.instanceShell.getHref,
};

/** The tab a URL shows: its last segment, when that names a tab. */
const tabOf = (pathname: string): InstanceTab => {
  const last = pathname.split('/').at(-1);
  return last === 'console' || last === 'screenshot' || last === 'shell' ? last : 'overview';
};

/** The instance page: header with power actions on every tab, then the tab's own route. */
export function InstanceRoute() {
  const { t } = useTranslation();
  const { region, id } = useInstanceParams();
  const instance = useInstance(region, id);
  const user = useSignedInUser();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab = tabOf(pathname);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Breadcrumb
          items={[{ title: <Link to={paths.instances.getHref(region)}>{t('instances.back')}</Link> }, { title: id }]}
        />
        <Link to={paths.runCommand.getHref(region, { instanceIds: [id] })}>
          <CodeOutlined aria-hidden /> {t('runCommand.title')}
        </Link>
      </Flex>
      {instance.isPending && <Skeleton active title paragraph={{ rows: 4 }} />}
      {instance.isError && <ErrorState error={instance.error} onRetry={() => void instance.refetch()} />}
      {instance.data && (
        <>
          <InstanceHeader region={region} instance={instance.data} canOperate={roleAllows(user.role, 'operator')} />
          <Tabs
            activeKey={tab}
            onChange={(key) => void navigate(tabHref[key as InstanceTab](region, id))}
            items={[
              { key: 'overview', label: t('instances.tabs.overview') },
              { key: 'console', label: t('instances.tabs.console') },
              { key: 'screenshot', label: t('screenshot.tab') },
              { key: 'shell', label: t('terminal.tab') },
            ]}
            style={{ marginBottom: -16 }}
          />
          <Outlet />
        </>
      )}
    </Flex>
  );
}
