import { Flex, Typography } from 'antd';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { CommandsLibrary } from '../../features/commands/components/commands-library.tsx';
import { useRegionParam } from './route-params.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

export function CommandsRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  const user = useSignedInUser();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('commands.title')}
      </Typography.Title>
      <CommandsLibrary region={region} canOperate={roleAllows(user.role, 'operator')} />
    </Flex>
  );
}
