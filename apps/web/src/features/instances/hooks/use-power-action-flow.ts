import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstanceSummary, PowerAction } from '@porthole/contract';
import { usePowerAction } from '../api/power-action.ts';

/** The confirm-then-act flow behind the Start / Stop / Reboot buttons. */
export function usePowerActionFlow(region: string, instance: Pick<InstanceSummary, 'id' | 'name'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutation = usePowerAction(region, instance.id);
  const [pending, setPending] = useState<PowerAction | null>(null);
  const [force, setForce] = useState(false);

  const open = (action: PowerAction) => {
    mutation.reset();
    setForce(false);
    setPending(action);
  };
  const cancel = () => setPending(null);
  const confirm = () => {
    if (!pending) return;
    const action = pending;
    mutation.mutate(
      // Starting has no forced variant; the cloud ignores the flag there, so do not send it.
      action === 'start' ? { action } : { action, force },
      {
        onSuccess: () => {
          setPending(null);
          void message.success(t(`power.accepted.${action}`, { name: instance.name }));
        },
      },
    );
  };

  return {
    pending,
    force,
    setForce,
    open,
    cancel,
    confirm,
    submitting: mutation.isPending,
    error: mutation.error,
  };
}
