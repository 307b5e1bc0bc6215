import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Latency } from '../session/terminal-session.ts';

export function LatencyIndicator({ latency }: { latency: Latency }) {
  const { t } = useTranslation();
  const format = (ms: number | null) =>
    ms === null ? t('terminal.unknownLatency') : t('terminal.milliseconds', { value: Math.round(ms) });
  return (
    <Typography.Text type="secondary">
      {t('terminal.latency', { browser: format(latency.browserMs), cloud: format(latency.upstreamMs) })}
    </Typography.Text>
  );
}
