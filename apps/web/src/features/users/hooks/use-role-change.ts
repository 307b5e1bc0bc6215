import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '@porthole/contract';
import { useUpdateUser } from '../api/update-user.ts';
import { errorToastText } from '../error-toast-text.ts';

/** Changes a user's role from the table row, confirming first when an admin is demoted. */
export function useRoleChange(user: Pick<UserSummary, 'id' | 'name' | 'role'>) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const update = useUpdateUser();

  // Never rejects: a refusal (LAST_ADMIN, say) is told in a toast, and the list is re-read anyway.
  const apply = async (role: Role) => {
    try {
      await update.mutateAsync({ id: user.id, body: { role } });
      void message.success(t('users.done.roleChanged', { name: user.name, role: t(`users.roles.${role}`) }));
    } catch (error) {
      void message.error(errorToastText(t, error));
    }
  };

  const change = (role: Role) => {
    if (role === user.role) return;
    if (user.role !== 'admin') {
      void apply(role);
      return;
    }
    // Taking admin rights away cannot be undone from that account, so it is confirmed first.
    modal.confirm({
      title: t('users.demote.title', { name: user.name }),
      content: t('users.demote.body', { name: user.name, role: t(`users.roles.${role}`) }),
      okText: t('users.demote.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => apply(role),
    });
  };

  return {
    /** The role to show: the one asked for while the change is under way. */
    role: update.isPending ? (update.variables.body.role ?? user.role) : user.role,
    change,
    pending: update.isPending,
  };
}
