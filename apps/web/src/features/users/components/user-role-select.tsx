import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useRoleChange } from '../hooks/use-role-change.ts';
import { RoleSelect } from './role-select.tsx';

export function UserRoleSelect({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const roleChange = useRoleChange(user);
  return (
    <RoleSelect
      aria-label={t('users.roleOf', { name: user.name })}
      value={roleChange.role}
      onChange={roleChange.change}
      loading={roleChange.pending}
      disabled={roleChange.pending}
    />
  );
}
