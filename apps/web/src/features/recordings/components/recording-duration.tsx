import { useTranslation } from 'react-i18next';
import { durationText } from '../recording-format.ts';

export function RecordingDuration({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const { key, parts } = durationText(seconds);
  return <>{t(`recordings.duration.${key}`, parts)}</>;
}
