import type { RepeatMode } from '@porthole/contract';
import { useTranslation } from 'react-i18next';

/** When a run runs: once, on the cloud's Frequency expression, or at reboots. */
export function ScheduleLabel({ repeatMode, frequency }: { repeatMode: RepeatMode; frequency: string | null }) {
  const { t } = useTranslation();
  if (repeatMode === 'Period' && frequency) return <span>{t('invocations.schedule.period', { frequency })}</span>;
  return <span>{t(`invocations.schedule.${repeatMode}`)}</span>;
}
