import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InstancesList } from '../../features/instances/components/instances-list.tsx';
import { useRegionParam } from './route-params.ts';

export function InstancesRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('instances.title')}
      </Typography.Title>
      <InstancesList region={region} />
    </Flex>
  );
}
