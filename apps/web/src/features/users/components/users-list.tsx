import { useState } from 'react';
import { Button, Flex, Skeleton } from 'antd';
import { ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useUsers } from '../api/get-users.ts';
import type { RegionOption } from '../scope-form.ts';
import { CreateUserDialog } from './create-user-dialog.tsx';
import { EditScopeDialog } from './edit-scope-dialog.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';
import { UsersTable } from './users-table.tsx';

export interface UsersListProps {
  /** The regions a scope may name; the page loads them, this feature does not. */
  regionOptions: RegionOption[];
}

type OpenDialog = { kind: 'create' } | { kind: 'reset-password'; user: UserSummary } | { kind: 'scope'; user: UserSummary } | null;

/** The users page's body: the actions above the table, the table, and the dialogs it opens. */
export function UsersList({ regionOptions }: UsersListProps) {
  const { t } = useTranslation();
  const users = useUsers();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  return (
    <Flex vertical gap={16}>
      <Flex gap={8}>
        <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
          {t('users.create')}
        </Button>
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void users.refetch()} loading={users.isFetching}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {users.data && (
        <UsersTable
          users={users.data.items}
          readAt={users.dataUpdatedAt}
          loading={users.isFetching}
          onResetPassword={(user) => setDialog({ kind: 'reset-password', user })}
          onEditScope={(user) => setDialog({ kind: 'scope', user })}
        />
      )}
      <CreateUserDialog open={dialog?.kind === 'create'} regionOptions={regionOptions} onClose={close} />
      <ResetPasswordDialog user={dialog?.kind === 'reset-password' ? dialog.user : null} onClose={close} />
      <EditScopeDialog user={dialog?.kind === 'scope' ? dialog.user : null} regionOptions={regionOptions} onClose={close} />
    </Flex>
  );
}
