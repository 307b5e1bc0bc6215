import type { InstanceInvocationStatus, InvocationStatus } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { invocationTone, isActive } from '../invocation-status.ts';

/** A run's rolled-up status or one instance's status; both vocabularies share one set of words. */
export function InvocationStatusTag({ status }: { status: InvocationStatus | InstanceInvocationStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={invocationTone(status)} busy={isActive(status) && status !== 'Scheduled'}>
      {t(`invocations.status.${status}`)}
    </StatusTag>
  );
}
