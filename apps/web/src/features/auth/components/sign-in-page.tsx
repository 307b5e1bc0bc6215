import { Alert, Button, Card, Divider, Flex, Form, Input, Typography } from 'antd';
import { SignInRedirectError, type SignInBody } from '@porthole/contract';
import { Value } from 'typebox/value';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/api-error.ts';
import { useSession } from '../api/get-session.ts';
import { useSignInMethods } from '../api/get-sign-in-methods.ts';
import { useSignIn } from '../api/sign-in.ts';
import { safeNextPath } from '../safe-next-path.ts';

/** The sign-in page; `?next=` is where to go afterwards, `?error=<code>` a failure reported by a redirect (SSO). */
export function SignInPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(search.get('next'));
  const session = useSession();
  const methods = useSignInMethods();
  const signIn = useSignIn();
  const redirectError = search.get('error');
  const redirectErrorText =
    redirectError && (Value.Check(SignInRedirectError, redirectError) ? t(`auth.signIn.redirectErrors.${redirectError}`) : t('auth.signIn.failed'));

  if (session.data) return <Navigate replace to={next} />;

  const submit = (body: SignInBody) => signIn.mutate(body, { onSuccess: () => void navigate(next, { replace: true }) });
  const oidc = methods.data?.oidc;

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 24 }}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('auth.signIn.title')}
        </Typography.Title>
        <Flex vertical gap={16}>
          {signIn.isError ? (
            <SignInError error={signIn.error} />
          ) : (
            redirectErrorText && <Alert type="error" showIcon title={redirectErrorText} />
          )}
          {methods.data?.password !== false && (
            <Form<SignInBody> layout="vertical" onFinish={submit} requiredMark={false} disabled={signIn.isPending}>
              <Form.Item name="name" label={t('auth.signIn.name')} rules={[{ required: true, message: t('auth.signIn.nameRequired') }]}>
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('auth.signIn.password')}
                rules={[{ required: true, message: t('auth.signIn.passwordRequired') }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
                {t('auth.signIn.submit')}
              </Button>
            </Form>
          )}
          {oidc && (
            <>
              {methods.data?.password && <Divider plain>{t('auth.signIn.or')}</Divider>}
              <Button block href={oidc.startUrl}>
                {oidc.label}
              </Button>
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}

/** The BFF's own message, under a title in the user's language. */
function SignInError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const title = isApiError(error) ? t(`errors.codes.${error.code}`) : t('auth.signIn.failed');
  return <Alert type="error" showIcon title={title} description={error.message === title ? undefined : error.message} />;
}

