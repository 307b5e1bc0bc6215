import { Button, Flex, Skeleton } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useRollouts } from '../api/get-rollouts.ts';
import { RolloutsTable } from './rollouts-table.tsx';

/** The region's rollouts, live while any of them is still running. */
export function RolloutsList({ region }: { region: string }) {
  const { t } = useTranslation();
  const rollouts = useRollouts(region);
  return (
    <Flex vertical gap={16}>
      <Flex>
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void rollouts.refetch()} loading={rollouts.isFetching}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {rollouts.isError && <ErrorState error={rollouts.error} onRetry={() => void rollouts.refetch()} />}
      {rollouts.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {rollouts.data && <RolloutsTable region={region} rollouts={rollouts.data.items} />}
    </Flex>
  );
}
