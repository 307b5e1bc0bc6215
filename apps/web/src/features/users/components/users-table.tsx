import { Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { UserRoleSelect } from './user-role-select.tsx';
import { UserRowActions } from './user-row-actions.tsx';
import { UserScope } from './user-scope.tsx';
import { UserStatusTag } from './user-status-tag.tsx';

export interface UsersTableProps {
  users: UserSummary[];
  /** When the list was read (ms since the epoch). */
  readAt: number;
  loading: boolean;
  onResetPassword: (user: UserSummary) => void;
  onEditScope: (user: UserSummary) => void;
}

export function UsersTable({ users, readAt, loading, onResetPassword, onEditScope }: UsersTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<UserSummary>['columns'] = [
    { key: 'name', title: t('users.columns.name'), dataIndex: 'name' },
    { key: 'role', title: t('users.columns.role'), render: (_, user) => <UserRoleSelect user={user} /> },
    { key: 'scope', title: t('users.columns.scope'), render: (_, user) => <UserScope scope={user.scope} /> },
    { key: 'source', title: t('users.columns.source'), render: (_, user) => t(`users.sources.${user.source}`) },
    { key: 'status', title: t('users.columns.status'), render: (_, user) => <UserStatusTag user={user} asOf={readAt} /> },
    { key: 'created', title: t('users.columns.created'), render: (_, user) => <DateTime value={user.createdAt} /> },
    {
      key: 'actions',
      title: t('users.columns.actions'),
      render: (_, user) => <UserRowActions user={user} onResetPassword={onResetPassword} onEditScope={onEditScope} />,
    },
  ];
  return (
    <Table<UserSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('users.empty')} /> }}
    />
  );
}
