import { Flex, Typography } from 'antd';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { RecordingsList } from '../../features/recordings/components/recordings-list.tsx';
import { useSignedInUser } from './use-signed-in-user.ts';

export function RecordingsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('recordings.title')}
      </Typography.Title>
      <RecordingsList canSeeAll={roleAllows(user.role, 'admin')} />
    </Flex>
  );
}
