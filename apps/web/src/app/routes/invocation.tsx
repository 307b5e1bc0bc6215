import { Breadcrumb, Flex } from 'antd';
import { roleAllows } from '@porthole/contract';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { InvocationView } from '../../features/invocations/components/invocation-view.tsx';
import { useSignedInUser } from './use-signed-in-user.ts';

export function InvocationRoute() {
  const { t } = useTranslation();
  const { region, invokeId } = useParams();
  const user = useSignedInUser();
  if (!region || !invokeId) throw new Error('route has no :region/:invokeId segments');
  return (
    <Flex vertical gap={16}>
      <Breadcrumb items={[{ title: <Link to={paths.invocations.getHref(region)}>{t('invocations.detail.back')}</Link> }, { title: invokeId }]} />
      {/* Keyed by run, so the filters and the open output start fresh on another run (a re-run navigates here). */}
      <InvocationView key={invokeId} region={region} invokeId={invokeId} canOperate={roleAllows(user.role, 'operator')} />
    </Flex>
  );
}
