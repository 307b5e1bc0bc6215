import { useTranslation } from 'react-i18next';
import { formatBytes } from '../recording-format.ts';

export function RecordingSize({ bytes }: { bytes: number }) {
  const { i18n } = useTranslation();
  return <>{formatBytes(bytes, i18n.language)}</>;
}
