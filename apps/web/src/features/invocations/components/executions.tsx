import { Button, Card, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import type { InvocationResult, InvocationStatus } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useInvocationHistory } from '../api/get-invocation-history.ts';
import { invocationPollInterval } from '../invocation-status.ts';
import { InvocationStatusTag } from './invocation-status-tag.tsx';
import { OutputPreview } from './output-preview.tsx';

export interface ExecutionsProps {
  region: string;
  invokeId: string;
  /** The run's status: new executions appear only while it is still scheduled or running. */
  status: InvocationStatus;
}

/** Each execution of a periodic or every-reboot run, newest first. */
export function Executions({ region, invokeId, status }: ExecutionsProps) {
  const { t } = useTranslation();
  const history = useInvocationHistory(region, invokeId, invocationPollInterval(status));
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: TableProps<InvocationResult>['columns'] = [
    {
      key: 'time',
      title: t('invocations.executions.time'),
      render: (_, run) => {
        const time = run.startTime ?? run.finishedTime;
        return time ? <DateTime value={time} /> : t('common.none');
      },
    },
    { key: 'instance', title: t('invocations.executions.instance'), render: (_, run) => run.instanceName ?? run.instanceId },
    { key: 'status', title: t('invocations.executions.status'), render: (_, run) => <InvocationStatusTag status={run.status} /> },
    { key: 'exitCode', title: t('invocations.executions.exitCode'), render: (_, run) => run.exitCode ?? t('common.none') },
    { key: 'output', title: t('invocations.executions.output'), render: (_, run) => <OutputPreview output={run.output} /> },
  ];
  return (
    <Card size="small" title={t('invocations.executions.title')}>
      <Flex vertical gap={12}>
        {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
        <Table<InvocationResult>
          rowKey={(run) => `${run.instanceId}/${run.repeats}/${run.startTime ?? ''}`}
          size="small"
          columns={columns}
          dataSource={items}
          loading={history.isPending}
          pagination={false}
        />
        {history.hasNextPage && (
          <Flex justify="center">
            <Button onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
