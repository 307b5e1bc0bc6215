import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n.ts';
import { useRegions } from '../../features/regions/api/get-regions.ts';
import { UsersList } from '../../features/users/components/users-list.tsx';

/** Admins manage users; the region list for scopes comes from the regions feature. */
export function AdminUsersRoute() {
  const { t, i18n } = useTranslation();
  const regions = useRegions(currentLanguage(i18n));
  const regionOptions = (regions.data?.items ?? []).map((region) => ({
    value: region.id,
    label: region.name && region.name !== region.id ? `${region.name} (${region.id})` : region.id,
  }));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('users.title')}
      </Typography.Title>
      <UsersList regionOptions={regionOptions} />
    </Flex>
  );
}
