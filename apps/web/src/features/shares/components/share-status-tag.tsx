import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/ui/status-tag.tsx';
import type { ShareStatus } from '../share-status.ts';

const tones: Record<ShareStatus, StatusTone> = { active: 'success', expired: 'default', revoked: 'error' };

export function ShareStatusTag({ status }: { status: ShareStatus }) {
  const { t } = useTranslation();
  return <StatusTag tone={tones[status]}>{t(`shares.list.status.${status}`)}</StatusTag>;
}
