import { Flex, Skeleton } from 'antd';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useRollout } from '../api/get-rollout.ts';
import { RolloutBatches } from './rollout-batches.tsx';
import { RolloutHeader } from './rollout-header.tsx';

export interface RolloutViewProps {
  region: string;
  rolloutId: string;
  /** Whether the user's role allows continuing and cancelling; viewers see the buttons disabled. */
  canOperate: boolean;
}

/** A rollout's state, progress and batches, live while it runs or waits to be continued. */
export function RolloutView({ region, rolloutId, canOperate }: RolloutViewProps) {
  const rollout = useRollout(region, rolloutId);
  const detail = rollout.data;
  return (
    <Flex vertical gap={16}>
      {rollout.isPending && <Skeleton active title paragraph={{ rows: 6 }} />}
      {rollout.isError && <ErrorState error={rollout.error} onRetry={() => void rollout.refetch()} />}
      {detail && (
        <>
          <RolloutHeader region={region} rollout={detail.rollout} canOperate={canOperate} />
          <RolloutBatches region={region} batches={detail.batches} />
        </>
      )}
    </Flex>
  );
}
