import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditLog } from '../../features/audit/components/audit-log.tsx';
import { useUsers } from '../../features/users/api/get-users.ts';

/** Admins read the audit log; the user filter's choices come from the users feature. */
export function AdminAuditRoute() {
  const { t } = useTranslation();
  const users = useUsers();
  const userOptions = (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <AuditLog userOptions={userOptions} />
    </Flex>
  );
}
