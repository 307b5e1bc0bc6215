import { Flex, Tag, Typography } from 'antd';
import type { UserScope as Scope } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { isUnrestricted } from '../scope-form.ts';

/** What a user may touch: the regions and the instance tag, or everything. */
export function UserScope({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  if (isUnrestricted(scope)) return <Typography.Text type="secondary">{t('users.scope.unrestricted')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      <span>
        {t('users.scope.regions')}: {scope.regions ? scope.regions.join(', ') : t('users.scope.allRegions')}
      </span>
      <span>
        {t('users.scope.tag')}:{' '}
        {scope.tag ? <Tag variant="outlined">{`${scope.tag.key}: ${scope.tag.value}`}</Tag> : t('users.scope.anyInstance')}
      </span>
    </Flex>
  );
}
