import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RolloutsList } from '../../features/rollouts/components/rollouts-list.tsx';
import { useRegionParam } from './route-params.ts';

export function RolloutsRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('rollouts.title')}
      </Typography.Title>
      <RolloutsList region={region} />
    </Flex>
  );
}
