import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import type { RecordingSummary } from '@porthole/contract';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { paths } from '../../../config/paths.ts';
import { RecordingDuration } from './recording-duration.tsx';
import { RecordingSize } from './recording-size.tsx';
import { ShareRecordingButton } from './share-recording-button.tsx';

export interface RecordingsTableProps {
  recordings: RecordingSummary[];
}

// No loading overlay: the list refreshes itself every half minute and the Refresh button shows progress.
export function RecordingsTable({ recordings }: RecordingsTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableProps<RecordingSummary>['columns'] = [
    {
      key: 'target',
      title: t('recordings.columns.target'),
      render: (_, r) => (
        <>
          <div>{r.targetName || r.targetId}</div>
          <Typography.Text type="secondary">
            {t(`recordings.kind.${r.kind}`)} · {r.targetId}
          </Typography.Text>
        </>
      ),
    },
    { key: 'container', title: t('recordings.columns.container'), render: (_, r) => r.containerName ?? t('common.none') },
    { key: 'user', title: t('recordings.columns.user'), dataIndex: 'userName' },
    { key: 'started', title: t('recordings.columns.started'), render: (_, r) => <DateTime value={r.startedAt} /> },
    {
      key: 'duration',
      title: t('recordings.columns.duration'),
      render: (_, r) => (r.endedAt ? <RecordingDuration seconds={r.durationSeconds} /> : <Tag color="processing">{t('recordings.inProgress')}</Tag>),
    },
    {
      key: 'size',
      title: t('recordings.columns.size'),
      render: (_, r) => (
        <>
          <RecordingSize bytes={r.bytes} />
          {r.inputRecorded && (
            <div>
              <Tag color="warning">{t('recordings.inputRecorded')}</Tag>
            </div>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('recordings.columns.actions'),
      render: (_, r) => (
        <Space>
          <Button size="small" icon={<PlayCircleOutlined aria-hidden />} onClick={() => void navigate(paths.recording.getHref(r.id))}>
            {t('recordings.replay')}
          </Button>
          <ShareRecordingButton size="small" recording={r} label={t('recordings.share')} />
        </Space>
      ),
    },
  ];
  return (
    <Table<RecordingSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={recordings}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('recordings.empty')} /> }}
    />
  );
}
