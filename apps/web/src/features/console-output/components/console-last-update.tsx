import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format-date-time.ts';

export interface ConsoleLastUpdateProps {
  /** As the API gives it: `yyyy-MM-dd HH:mm:ss`, UTC+8 without a zone. */
  lastUpdateTime: string;
  lastUpdateTimeUtc: string | null;
}

/**
 * The time in the reader's zone; the API's own value, which support and the Alibaba console quote,
 * stays in the tooltip. Without a UTC reading only the API's value can be shown.
 */
export function ConsoleLastUpdate({ lastUpdateTime, lastUpdateTimeUtc }: ConsoleLastUpdateProps) {
  const { t, i18n } = useTranslation();
  const cloudTime = t('console.lastUpdateCloud', { time: lastUpdateTime });
  return (
    <Typography.Text type="secondary">
      {t('console.lastUpdate')}:{' '}
      {lastUpdateTimeUtc ? (
        <time dateTime={lastUpdateTimeUtc} title={cloudTime}>
          {formatDateTime(lastUpdateTimeUtc, i18n.language)}
        </time>
      ) : (
        cloudTime
      )}
    </Typography.Text>
  );
}
