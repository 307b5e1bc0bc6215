import { Card, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import type { RolloutBatch, RolloutInstanceResult } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths.ts';
import { BatchStatusTag, RolloutInstanceStatusTag } from './rollout-status-tag.tsx';

export interface RolloutBatchesProps {
  region: string;
  batches: RolloutBatch[];
}

/** Each batch with its instances; a batch that reached the cloud links to its run. */
export function RolloutBatches({ region, batches }: RolloutBatchesProps) {
  const { t } = useTranslation();
  const columns: TableProps<RolloutInstanceResult>['columns'] = [
    { key: 'instance', title: t('rollouts.batch.instance'), render: (_, result) => result.instanceName ?? result.instanceId },
    { key: 'id', title: t('rollouts.batch.instanceId'), dataIndex: 'instanceId' },
    { key: 'status', title: t('rollouts.batch.status'), render: (_, result) => <RolloutInstanceStatusTag status={result.status} /> },
    { key: 'exitCode', title: t('rollouts.batch.exitCode'), render: (_, result) => result.exitCode ?? t('common.none') },
  ];
  return (
    <Flex vertical gap={12}>
      {batches.map((batch) => {
        const title = t('rollouts.batch.title', { number: batch.index + 1 });
        return (
          <Card
            key={batch.index}
            size="small"
            role="region"
            aria-label={title}
            title={
              <Flex gap={8} align="center">
                <span>{title}</span>
                <BatchStatusTag status={batch.status} />
              </Flex>
            }
            extra={batch.invokeId && <Link to={paths.invocation.getHref(region, batch.invokeId)}>{t('rollouts.batch.openRun')}</Link>}
          >
            <Table<RolloutInstanceResult> rowKey="instanceId" size="small" columns={columns} dataSource={batch.results} pagination={false} />
          </Card>
        );
      })}
    </Flex>
  );
}
