import { Button, Flex } from 'antd';
import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useEnabledToggle } from '../hooks/use-enabled-toggle.ts';

export interface UserRowActionsProps {
  user: UserSummary;
  onResetPassword: (user: UserSummary) => void;
  onEditScope: (user: UserSummary) => void;
}

// Each button names its user, so a screen reader (and a test) can tell the rows' buttons apart.
export function UserRowActions({ user, onResetPassword, onEditScope }: UserRowActionsProps) {
  const { t } = useTranslation();
  const enabled = useEnabledToggle(user);
  const name = { name: user.name };
  return (
    <Flex wrap gap={4}>
      <Button
        size="small"
        danger={!user.disabled}
        loading={enabled.pending}
        aria-label={t(user.disabled ? 'users.enableOf' : 'users.disableOf', name)}
        onClick={enabled.toggle}
      >
        {t(user.disabled ? 'users.enable' : 'users.disable')}
      </Button>
      {/* A single-sign-on user's password lives at the identity provider. */}
      {user.source === 'local' && (
        <Button size="small" aria-label={t('users.resetPasswordOf', name)} onClick={() => onResetPassword(user)}>
          {t('users.resetPassword')}
        </Button>
      )}
      <Button size="small" aria-label={t('users.editScopeOf', name)} onClick={() => onEditScope(user)}>
        {t('users.editScope')}
      </Button>
    </Flex>
  );
}
