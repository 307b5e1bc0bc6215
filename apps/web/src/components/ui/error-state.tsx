import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error.ts';

export interface ErrorStateProps {
  error: unknown;
  /** Overrides the title derived from the error code, for views that know better what went wrong. */
  title?: string | undefined;
  onRetry?: (() => void) | undefined;
}

/**
 * The one way every view shows a failure: what happened, the cloud's own code and message, and the
 * request ids support needs to find the call in the BFF log and at the cloud provider.
 */
export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : undefined;
  const heading = title ?? (apiError ? t(`errors.codes.${apiError.code}`) : t('errors.title'));
  const message = error instanceof Error ? error.message : String(error);

  return (
    <Alert
      type="error"
      showIcon
      title={heading}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>{message}</Typography.Text>
          {apiError?.cloud && (
            <Typography.Text>
              {t('errors.cloudCode')}: <Typography.Text code>{apiError.cloud.code}</Typography.Text>{' '}
              {apiError.cloud.message}
            </Typography.Text>
          )}
          {apiError && (
            <Typography.Text type="secondary">
              {t('errors.code')}: <Typography.Text code>{apiError.code}</Typography.Text>
            </Typography.Text>
          )}
          {apiError?.requestId && (
            <Typography.Text type="secondary">
              {t('errors.requestId')}: <Typography.Text copyable>{apiError.requestId}</Typography.Text>
            </Typography.Text>
          )}
          {apiError?.cloud?.requestId && (
            <Typography.Text type="secondary">
              {t('errors.cloudRequestId')}: <Typography.Text copyable>{apiError.cloud.requestId}</Typography.Text>
            </Typography.Text>
          )}
        </Flex>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
