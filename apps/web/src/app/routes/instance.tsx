import { Breadcrumb, Flex, Skeleton, Tabs } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { ErrorState } from '../../components/ui/error-state.tsx';
import { useInstance } from '../../features/instances/api/get-instance.ts';
import { InstanceHeader } from '../../features/instances/components/instance-header.tsx';
import { useInstanceParams } from './route-params.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

type InstanceTab = 'overview' | 'console';

/** The instance page: header with power actions on every tab, then the tab's own route. */
export function InstanceRoute() {
  const { t } = useTranslation();
  const { region, id } = useInstanceParams();
  const instance = useInstance(region, id);
  const user = useSignedInUser();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab: InstanceTab = pathname.endsWith('/console') ? 'console' : 'overview';
  const hrefOf = (key: InstanceTab) =>
    key === 'console' ? paths.instanceConsole.getHref(region, id) : paths.instance.getHref(region, id);

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[{ title: <Link to={paths.instances.getHref(region)}>{t('instances.back')}</Link> }, { title: id }]}
      />
      {instance.isPending && <Skeleton active title paragraph={{ rows: 4 }} />}
      {instance.isError && <ErrorState error={instance.error} onRetry={() => void instance.refetch()} />}
      {instance.data && (
        <>
          <InstanceHeader region={region} instance={instance.data} canOperate={roleAllows(user.role, 'operator')} />
          <Tabs
            activeKey={tab}
            onChange={(key) => void navigate(hrefOf(key as InstanceTab))}
            items={[
              { key: 'overview', label: t('instances.tabs.overview') },
              { key: 'console', label: t('instances.tabs.console') },
            ]}
            style={{ marginBottom: -16 }}
          />
          <Outlet />
        </>
      )}
    </Flex>
  );
}
