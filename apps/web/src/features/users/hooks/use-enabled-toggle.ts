import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@porthole/contract';
import { useUpdateUser } from '../api/update-user.ts';
import { errorToastText } from '../error-toast-text.ts';

/** Disables an enabled account or enables a disabled one (which also lifts a sign-in lock). */
export function useEnabledToggle(user: Pick<UserSummary, 'id' | 'name' | 'disabled'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateUser();

  const toggle = async () => {
    const disabled = !user.disabled;
    try {
      await update.mutateAsync({ id: user.id, body: { disabled } });
      void message.success(t(disabled ? 'users.done.disabled' : 'users.done.enabled', { name: user.name }));
    } catch (error) {
      void message.error(errorToastText(t, error));
    }
  };

  return { toggle: () => void toggle(), pending: update.isPending };
}
