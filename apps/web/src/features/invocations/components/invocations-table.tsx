import { Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import type { InvocationSummary } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { paths } from '../../../config/paths.ts';
import { InvocationStatusTag } from './invocation-status-tag.tsx';
import { ScheduleLabel } from './schedule-label.tsx';

export interface InvocationsTableProps {
  region: string;
  items: InvocationSummary[];
  loading: boolean;
}

export function InvocationsTable({ region, items, loading }: InvocationsTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<InvocationSummary>['columns'] = [
    {
      key: 'run',
      title: t('invocations.columns.run'),
      render: (_, run) => <Link to={paths.invocation.getHref(region, run.invokeId)}>{run.invokeId}</Link>,
    },
    { key: 'command', title: t('invocations.columns.command'), dataIndex: 'commandName' },
    { key: 'status', title: t('invocations.columns.status'), render: (_, run) => <InvocationStatusTag status={run.status} /> },
    { key: 'instances', title: t('invocations.columns.instances'), dataIndex: 'instanceCount', align: 'end' },
    {
      key: 'schedule',
      title: t('invocations.columns.schedule'),
      render: (_, run) => <ScheduleLabel repeatMode={run.repeatMode} frequency={run.frequency} />,
    },
    { key: 'created', title: t('invocations.columns.created'), render: (_, run) => <DateTime value={run.createdAt} /> },
  ];
  return (
    <Table<InvocationSummary>
      rowKey="invokeId"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('invocations.empty')} /> }}
    />
  );
}
