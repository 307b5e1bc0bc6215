import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultRegion, paths } from '../../config/paths.ts';
import { getLastRegion } from '../../features/regions/last-region.ts';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const region = getLastRegion() ?? defaultRegion;
  return (
    <Result
      status="404"
      title={t('app.notFound.title')}
      subTitle={t('app.notFound.description')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.instances.getHref(region))}>
          {t('app.notFound.home')}
        </Button>
      }
    />
  );
}
