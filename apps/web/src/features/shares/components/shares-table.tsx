import { Empty, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { ShareSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { shareStatus } from '../share-status.ts';
import { RevokeShareButton } from './revoke-share-button.tsx';
import { ShareStatusTag } from './share-status-tag.tsx';

export interface SharesTableProps {
  shares: ShareSummary[];
  /** When the list was read (ms since the epoch): expiry is judged against it. */
  readAt: number;
  /** The sharer's column, when the list holds more than the user's own links. */
  showSharer: boolean;
  loading: boolean;
}

export function SharesTable({ shares, readAt, showSharer, loading }: SharesTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<ShareSummary>['columns'] = [
    {
      key: 'instance',
      title: t('shares.list.columns.instance'),
      render: (_, share) => (
        <>
          <div>{share.instanceName || share.instanceId}</div>
          <Typography.Text type="secondary">{share.instanceId}</Typography.Text>
        </>
      ),
    },
    {
      key: 'range',
      title: t('shares.list.columns.range'),
      render: (_, share) => (share.range ? t('shares.range.lines', share.range) : t('shares.range.whole')),
    },
    {
      key: 'note',
      title: t('shares.list.columns.note'),
      render: (_, share) => share.note ?? t('common.none'),
      ellipsis: true,
    },
    { key: 'visibility', title: t('shares.list.columns.visibility'), render: (_, share) => t(`shares.visibility.${share.visibility}`) },
    ...(showSharer ? [{ key: 'sharedBy', title: t('shares.list.columns.sharedBy'), dataIndex: 'createdBy' }] : []),
    { key: 'created', title: t('shares.list.columns.created'), render: (_, share) => <DateTime value={share.createdAt} /> },
    { key: 'expires', title: t('shares.list.columns.expires'), render: (_, share) => <DateTime value={share.expiresAt} /> },
    { key: 'views', title: t('shares.list.columns.views'), dataIndex: 'viewCount', align: 'end' },
    { key: 'status', title: t('shares.list.columns.status'), render: (_, share) => <ShareStatusTag status={shareStatus(share, readAt)} /> },
    {
      key: 'actions',
      title: t('shares.list.columns.actions'),
      render: (_, share) => (shareStatus(share, readAt) === 'active' ? <RevokeShareButton share={share} /> : null),
    },
  ];
  return (
    <Table<ShareSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={shares}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('shares.list.empty')} /> }}
    />
  );
}
