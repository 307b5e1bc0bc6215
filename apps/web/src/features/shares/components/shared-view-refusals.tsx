import { Result, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths.ts';

export function SharedViewUnavailable() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('shares.view.unavailable.title')}
        </Typography.Title>
      }
      subTitle={t('shares.view.unavailable.description')}
    />
  );
}

/** Signing in brings the visitor straight back to the link. */
export function SharedViewSignIn({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('shares.view.signIn.title')}
        </Typography.Title>
      }
      subTitle={t('shares.view.signIn.description')}
      extra={<Link to={paths.signIn.getHref(paths.sharedView.getHref(token))}>{t('shares.view.signIn.action')}</Link>}
    />
  );
}
