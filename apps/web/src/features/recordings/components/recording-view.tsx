import { Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { paths } from '../../../config/paths.ts';
import { useRecording } from '../api/get-recording.ts';
import { useRecordingCast } from '../api/get-recording-cast.ts';
import { RecordingPlayer } from './recording-player.tsx';
import { ShareRecordingButton } from './share-recording-button.tsx';

/** A recording's page: who, where and when, the replay, and sharing its output as a log view. */
export function RecordingView({ recordingId }: { recordingId: string }) {
  const { t } = useTranslation();
  const recording = useRecording(recordingId);
  const cast = useRecordingCast(recordingId);
  const summary = recording.data;

  return (
    <Flex vertical gap={16}>
      <Link to={paths.recordings.getHref()}>
        <ArrowLeftOutlined aria-hidden /> {t('recordings.view.back')}
      </Link>
      {recording.isError && <ErrorState error={recording.error} onRetry={() => void recording.refetch()} />}
      {recording.isPending && <Skeleton active title paragraph={{ rows: 1 }} />}
      {summary && (
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={4}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('recordings.view.heading', { name: summary.targetName || summary.targetId })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {summary.userName} · <DateTime value={summary.startedAt} />
              {summary.containerName && ` · ${t('recordings.view.container', { name: summary.containerName })}`}
            </Typography.Text>
          </Flex>
          <ShareRecordingButton recording={summary} label={t('recordings.view.shareAsLog')} />
        </Flex>
      )}
      {cast.isError && <ErrorState error={cast.error} onRetry={() => void cast.refetch()} />}
      {cast.isPending && <Skeleton active paragraph={{ rows: 8 }} title={false} />}
      {cast.data !== undefined && <RecordingPlayer cast={cast.data} />}
    </Flex>
  );
}
