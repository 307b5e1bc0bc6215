import { Flex, Typography } from 'antd';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { MyShares } from '../../features/shares/components/my-shares.tsx';
import { useSignedInUser } from './use-signed-in-user.ts';

export function MySharesRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('shares.title')}
      </Typography.Title>
      <MyShares canSeeAll={roleAllows(user.role, 'admin')} />
    </Flex>
  );
}
