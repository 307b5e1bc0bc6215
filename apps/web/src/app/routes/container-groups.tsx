import { Flex, Typography } from 'antd';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ContainerGroupActions } from '../../features/container-exec/components/container-group-actions.tsx';
import { ContainerGroupsList } from '../../features/container-groups/components/container-groups-list.tsx';
import { useRegionParam } from './route-params.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

export function ContainerGroupsRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  const canOperate = roleAllows(useSignedInUser().role, 'operator');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('containerGroups.title')}
      </Typography.Title>
      <ContainerGroupsList
        region={region}
        // Shells and one-shot commands are their own feature; the list only lends them a column.
        actions={{
          title: t('containerExec.actions'),
          render: (group) => <ContainerGroupActions region={region} group={group} canOperate={canOperate} />,
        }}
      />
    </Flex>
  );
}
