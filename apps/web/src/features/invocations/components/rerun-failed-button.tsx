import { RedoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRerunFlow } from '../hooks/use-rerun-flow.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { OperatorButton } from './operator-button.tsx';

export interface RerunFailedButtonProps {
  region: string;
  invokeId: string;
  commandName: string;
  failedInstanceIds: readonly string[];
  canOperate: boolean;
}

export function RerunFailedButton({ region, invokeId, commandName, failedInstanceIds, canOperate }: RerunFailedButtonProps) {
  const { t } = useTranslation();
  const flow = useRerunFlow(region, invokeId, failedInstanceIds);
  const count = failedInstanceIds.length;
  return (
    <>
      <OperatorButton canOperate={canOperate} disabled={count === 0} icon={<RedoOutlined aria-hidden />} onClick={flow.start}>
        {t('invocations.rerun.button')}
      </OperatorButton>
      <ConfirmDialog
        open={flow.open}
        title={t('invocations.rerun.title', { count })}
        body={t('invocations.rerun.body', { count, name: commandName })}
        okText={t('invocations.rerun.confirm')}
        submitting={flow.submitting}
        error={flow.error}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </>
  );
}
