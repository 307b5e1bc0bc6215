import type { InstanceStatus } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { isTransitional, statusTone } from '../instance-status.ts';

export function InstanceStatusTag({ status }: { status: InstanceStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={statusTone(status)} busy={isTransitional(status)}>
      {t(`instances.status.${status}`)}
    </StatusTag>
  );
}
