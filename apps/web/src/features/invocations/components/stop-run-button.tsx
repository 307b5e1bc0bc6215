import { useState } from 'react';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useStopInvocation } from '../api/stop-invocation.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { OperatorButton } from './operator-button.tsx';

export interface StopRunButtonProps {
  region: string;
  invokeId: string;
  canOperate: boolean;
}

export function StopRunButton({ region, invokeId, canOperate }: StopRunButtonProps) {
  const { t } = useTranslation();
  const stop = useStopInvocation(region, invokeId);
  const [open, setOpen] = useState(false);
  const confirm = () => stop.mutate(undefined, { onSuccess: () => setOpen(false) });
  return (
    <>
      <OperatorButton
        canOperate={canOperate}
        danger
        icon={<StopOutlined aria-hidden />}
        onClick={() => {
          stop.reset();
          setOpen(true);
        }}
      >
        {t('invocations.stop.button')}
      </OperatorButton>
      <ConfirmDialog
        open={open}
        title={t('invocations.stop.title')}
        body={t('invocations.stop.body')}
        okText={t('invocations.stop.button')}
        submitting={stop.isPending}
        error={stop.error}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
