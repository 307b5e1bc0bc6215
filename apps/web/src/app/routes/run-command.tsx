import { Breadcrumb, Flex, Typography } from 'antd';
import { roleAllows } from '@porthole/contract';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { RunCommandForm } from '../../features/run-command/components/run-command-form.tsx';
import { useRegionParam } from './route-params.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

/** The run form; `?commandId=` and repeated `?instanceId=` preselect what and where (see paths.runCommand). */
export function RunCommandRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  const user = useSignedInUser();
  const [search] = useSearchParams();
  const preset = { commandId: search.get('commandId') ?? undefined, instanceIds: search.getAll('instanceId') };
  return (
    <Flex vertical gap={16}>
      <Breadcrumb items={[{ title: <Link to={paths.commands.getHref(region)}>{t('commands.title')}</Link> }, { title: t('runCommand.title') }]} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('runCommand.title')}
      </Typography.Title>
      {/* A new preset (another link followed) starts a new form rather than merging into the old one. */}
      <RunCommandForm key={search.toString()} region={region} preset={preset} canOperate={roleAllows(user.role, 'operator')} />
    </Flex>
  );
}
