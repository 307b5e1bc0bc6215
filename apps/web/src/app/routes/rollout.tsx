import { Breadcrumb, Flex } from 'antd';
import { roleAllows } from '@porthole/contract';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { RolloutView } from '../../features/rollouts/components/rollout-view.tsx';
import { useSignedInUser } from './use-signed-in-user.ts';

export function RolloutRoute() {
  const { t } = useTranslation();
  const { region, rolloutId } = useParams();
  const user = useSignedInUser();
  if (!region || !rolloutId) throw new Error('route has no :region/:rolloutId segments');
  return (
    <Flex vertical gap={16}>
      <Breadcrumb items={[{ title: <Link to={paths.rollouts.getHref(region)}>{t('rollouts.detail.back')}</Link> }, { title: rolloutId }]} />
      <RolloutView key={rolloutId} region={region} rolloutId={rolloutId} canOperate={roleAllows(user.role, 'operator')} />
    </Flex>
  );
}
