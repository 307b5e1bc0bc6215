import { Flex, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { SharedLogView } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LogViewer } from '../../../components/log-viewer/log-viewer.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';

/** The snapshot as its sharer saw it: read-only, with the shared lines highlighted. */
export function SharedLog({ view }: { view: SharedLogView }) {
  const { t, i18n } = useTranslation();
  const { share } = view;
  const time = (iso: string) => formatDateTime(iso, i18n.language);
  // The cloud's own time has no zone; the UTC reading, when the BFF could make one, is shown locally.
  const lastUpdate = view.lastUpdateTimeUtc ? time(view.lastUpdateTimeUtc) : view.lastUpdateTime;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('shares.view.heading', { name: share.instanceName || share.instanceId })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('shares.view.sharedBy', { user: share.createdBy, time: time(share.createdAt) })}
          </Typography.Text>
        </Flex>
        {view.canOpenInstance && (
          <Link to={paths.instanceConsole.getHref(share.regionId, share.instanceId)}>
            <ExportOutlined aria-hidden /> {t('shares.view.openInstance')}
          </Link>
        )}
      </Flex>
      {share.note && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, borderInlineStart: '3px solid #ff6a00', paddingInlineStart: 12 }}>
          {share.note}
        </Typography.Paragraph>
      )}
      <Flex vertical gap={2}>
        <Typography.Text title={view.lastUpdateTime}>{t('shares.view.lastUpdate', { time: lastUpdate })}</Typography.Text>
        {share.range && <Typography.Text>{t('shares.view.highlighted', share.range)}</Typography.Text>}
        {share.redactions > 0 && <Typography.Text type="secondary">{t('shares.view.redactions', { count: share.redactions })}</Typography.Text>}
        <Typography.Text type="secondary">{t('shares.view.expires', { time: time(share.expiresAt) })}</Typography.Text>
      </Flex>
      <LogViewer
        text={view.text}
        title={t('shares.view.logTitle')}
        highlightRange={share.range}
        fileName={`${share.instanceId}-shared-${share.createdAt.slice(0, 10)}.log`}
      />
    </Flex>
  );
}
