import type { AuditOutcome } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '../../../components/ui/status-tag.tsx';

const tones: Record<AuditOutcome, StatusTone> = { pending: 'processing', succeeded: 'success', failed: 'error' };

export function AuditOutcomeTag({ outcome }: { outcome: AuditOutcome }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={tones[outcome]} busy={outcome === 'pending'}>
      {t(`audit.outcomes.${outcome}`)}
    </StatusTag>
  );
}
