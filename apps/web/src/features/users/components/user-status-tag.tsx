import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { userStatus } from '../user-status.ts';

export interface UserStatusTagProps {
  user: UserSummary;
  /** When the list was read (ms): a lock that had run out by then is not shown. */
  asOf: number;
}

export function UserStatusTag({ user, asOf }: UserStatusTagProps) {
  const { t, i18n } = useTranslation();
  const status = userStatus(user, asOf);
  if (status.kind === 'disabled') return <StatusTag tone="default">{t('users.status.disabled')}</StatusTag>;
  if (status.kind === 'enabled') return <StatusTag tone="success">{t('users.status.enabled')}</StatusTag>;
  return (
    <span title={status.until}>
      <StatusTag tone="warning">
        {t('users.status.lockedUntil', { time: formatDateTime(status.until, i18n.language) })}
      </StatusTag>
    </span>
  );
}
