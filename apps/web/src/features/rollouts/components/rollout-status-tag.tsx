import type { BatchStatus, RolloutInstanceResult, RolloutStatus } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { batchTone, instanceTone, rolloutTone } from '../rollout-status.ts';

export function RolloutStatusTag({ status }: { status: RolloutStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={rolloutTone(status)} busy={status === 'running'}>
      {t(`rollouts.status.${status}`)}
    </StatusTag>
  );
}

export function BatchStatusTag({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={batchTone(status)} busy={status === 'running'}>
      {t(`rollouts.batchStatus.${status}`)}
    </StatusTag>
  );
}

export function RolloutInstanceStatusTag({ status }: { status: RolloutInstanceResult['status'] }) {
  const { t } = useTranslation();
  return <StatusTag tone={instanceTone(status)}>{t(`rollouts.instanceStatus.${status}`)}</StatusTag>;
}
