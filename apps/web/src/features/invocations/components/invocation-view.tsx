import { Flex, Skeleton } from 'antd';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useInvocation } from '../api/get-invocation.ts';
import { Executions } from './executions.tsx';
import { InvocationHeader } from './invocation-header.tsx';
import { InvocationResults } from './invocation-results.tsx';

export interface InvocationViewProps {
  region: string;
  invokeId: string;
  /** Whether the user's role allows stopping and re-running; viewers see the buttons disabled. */
  canOperate: boolean;
}

/** One run: its state, every instance's result (live while it runs) and, for repeating runs, each execution. */
export function InvocationView({ region, invokeId, canOperate }: InvocationViewProps) {
  const invocation = useInvocation(region, invokeId);
  const detail = invocation.data;
  const repeating = detail?.invocation.repeatMode === 'Period' || detail?.invocation.repeatMode === 'EveryReboot';
  return (
    <Flex vertical gap={16}>
      {invocation.isPending && <Skeleton active title paragraph={{ rows: 6 }} />}
      {invocation.isError && <ErrorState error={invocation.error} onRetry={() => void invocation.refetch()} />}
      {detail && (
        <>
          <InvocationHeader region={region} detail={detail} canOperate={canOperate} />
          <InvocationResults invokeId={invokeId} results={detail.results} readAt={invocation.dataUpdatedAt} />
          {repeating && <Executions region={region} invokeId={invokeId} status={detail.invocation.status} />}
        </>
      )}
    </Flex>
  );
}
