import { useTranslation } from 'react-i18next';
import { durationParts } from '../run-duration.ts';

export function RunDurationText({ seconds }: { seconds: number | null }) {
  const { t } = useTranslation();
  if (seconds === null) return <span>{t('common.none')}</span>;
  const parts = durationParts(seconds);
  if (parts.hours > 0) return <span>{t('invocations.duration.hours', parts)}</span>;
  if (parts.minutes > 0) return <span>{t('invocations.duration.minutes', parts)}</span>;
  return <span>{t('invocations.duration.seconds', parts)}</span>;
}
