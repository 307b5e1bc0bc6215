import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date-time.ts';

/** An instant in the viewer's time zone; the exact ISO value stays available as a tooltip. */
export function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value, i18n.language)}
    </time>
  );
}
