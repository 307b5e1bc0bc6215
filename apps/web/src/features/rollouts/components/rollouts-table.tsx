import { Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import type { RolloutSummary } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { paths } from '../../../config/paths.ts';
import { rolloutProgress } from '../rollout-status.ts';
import { RolloutStatusTag } from './rollout-status-tag.tsx';

export interface RolloutsTableProps {
  region: string;
  rollouts: RolloutSummary[];
}

export function RolloutsTable({ region, rollouts }: RolloutsTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<RolloutSummary>['columns'] = [
    {
      key: 'command',
      title: t('rollouts.columns.command'),
      render: (_, rollout) => <Link to={paths.rollout.getHref(region, rollout.id)}>{rollout.commandName}</Link>,
    },
    { key: 'status', title: t('rollouts.columns.status'), render: (_, rollout) => <RolloutStatusTag status={rollout.status} /> },
    { key: 'progress', title: t('rollouts.columns.progress'), render: (_, rollout) => t('rollouts.progress', rolloutProgress(rollout)) },
    { key: 'failures', title: t('rollouts.columns.failures'), dataIndex: 'failed', align: 'end' },
    { key: 'createdBy', title: t('rollouts.columns.createdBy'), dataIndex: 'createdBy' },
    { key: 'created', title: t('rollouts.columns.created'), render: (_, rollout) => <DateTime value={rollout.createdAt} /> },
  ];
  return (
    <Table<RolloutSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rollouts}
      pagination={rollouts.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={t('rollouts.empty')} /> }}
    />
  );
}
