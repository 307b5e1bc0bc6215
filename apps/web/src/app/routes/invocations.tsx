import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InvocationsList } from '../../features/invocations/components/invocations-list.tsx';
import { useRegionParam } from './route-params.ts';

export function InvocationsRoute() {
  const { t } = useTranslation();
  const region = useRegionParam();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('invocations.title')}
      </Typography.Title>
      <InvocationsList region={region} />
    </Flex>
  );
}
