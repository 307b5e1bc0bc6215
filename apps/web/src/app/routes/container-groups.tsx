import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ContainerGroupsList } from '../../features/container-groups/components/container-groups-list.tsx';
import { useRegionParam } from './route-params.ts';

export function ContainerGroupsRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('containerGroups.title')}
      </Typography.Title>
      <ContainerGroupsList region={region} />
    </Flex>
  );
}
