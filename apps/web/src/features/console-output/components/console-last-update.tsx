import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';

export interface ConsoleLastUpdateProps {
  /** As the API gives it: `yyyy-MM-dd HH:mm:ss`, UTC+8 without a zone. */
  lastUpdateTime: string;
  lastUpdateTimeUtc: string | null;
}

/** Both forms: the raw value matches what support and the Alibaba console show, the local one is readable. */
export function ConsoleLastUpdate({ lastUpdateTime, lastUpdateTimeUtc }: ConsoleLastUpdateProps) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary">
      {t('console.lastUpdate')}: {t('console.lastUpdateCloud', { time: lastUpdateTime })}
      {lastUpdateTimeUtc && (
        <>
          {' · '}
          {t('common.localTime')}: <DateTime value={lastUpdateTimeUtc} />
        </>
      )}
    </Typography.Text>
  );
}
