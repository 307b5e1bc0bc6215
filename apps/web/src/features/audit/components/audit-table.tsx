import type { ReactNode } from 'react';
import { Empty, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { AuditEntry } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { AuditOutcomeTag } from './audit-outcome-tag.tsx';

export interface AuditTableProps {
  entries: AuditEntry[];
  loading: boolean;
}

/** A value the entry may lack, shown as a dash when it does. */
function OrNone({ value, render }: { value: string | null; render?: (value: string) => ReactNode }) {
  const { t } = useTranslation();
  if (value === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return render ? render(value) : value;
}

const code = (value: string) => <Typography.Text code>{value}</Typography.Text>;

export function AuditTable({ entries, loading }: AuditTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<AuditEntry>['columns'] = [
    // Local time on screen; the exact UTC instant (as exported) in the tooltip.
    { key: 'time', title: t('audit.columns.time'), render: (_, e) => <DateTime value={e.startedAt} /> },
    {
      key: 'user',
      title: t('audit.columns.user'),
      render: (_, e) => (
        <Flex vertical>
          <OrNone value={e.userName} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.sourceAddress}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, e) => (
        <Flex vertical>
          <span>{t(`audit.actions.${e.action}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.action}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'target',
      title: t('audit.columns.target'),
      render: (_, e) => (
        <Flex vertical>
          <OrNone value={e.target} />
          {e.detail && <Typography.Text type="secondary">{e.detail}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'region', title: t('audit.columns.region'), render: (_, e) => <OrNone value={e.regionId} /> },
    { key: 'instance', title: t('audit.columns.instance'), render: (_, e) => <OrNone value={e.instanceId} /> },
    { key: 'outcome', title: t('audit.columns.outcome'), render: (_, e) => <AuditOutcomeTag outcome={e.outcome} /> },
    { key: 'error', title: t('audit.columns.errorCode'), render: (_, e) => <OrNone value={e.errorCode} render={code} /> },
    {
      key: 'requestId',
      title: t('audit.columns.cloudRequestId'),
      render: (_, e) => (
        <OrNone value={e.cloudRequestId} render={(id) => <Typography.Text copyable>{id}</Typography.Text>} />
      ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
    />
  );
}
