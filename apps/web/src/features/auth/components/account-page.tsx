import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import type { SessionUser } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './change-password-form.tsx';

export function AccountPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { regions, tag } = user.scope;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('auth.account.title')}
      </Typography.Title>
      <Card>
        <Descriptions
          column={1}
          items={[
            { key: 'name', label: t('auth.account.name'), children: user.name },
            { key: 'role', label: t('auth.account.role'), children: t(`auth.roles.${user.role}`) },
            { key: 'source', label: t('auth.account.source'), children: t(`auth.account.sources.${user.source}`) },
            { key: 'regions', label: t('auth.account.regions'), children: regions ? regions.join(', ') : t('auth.account.allRegions') },
            {
              key: 'instances',
              label: t('auth.account.instances'),
              children: tag ? t('auth.account.taggedInstances', { key: tag.key, value: tag.value }) : t('auth.account.allInstances'),
            },
          ]}
        />
      </Card>
      <Card title={t('auth.password.title')}>
        {user.source === 'local' ? <ChangePasswordForm /> : <Alert type="info" showIcon title={t('auth.password.managedElsewhere')} />}
      </Card>
    </Flex>
  );
}
