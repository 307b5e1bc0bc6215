import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { useScreenshotView } from '../hooks/use-screenshot-view.ts';

/** The refusals a user can act on get a title that says what to do. */
function errorTitle(error: unknown, t: TFunction): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'CLOUD_INVALID_STATE') return t('screenshot.notRunning');
  if (error.code === 'CLOUD_NOT_SUPPORTED') return t('screenshot.notSupported');
  if (error.code === 'SCREENSHOT_TOO_SOON') return t('screenshot.tooSoon');
  return undefined;
}

export interface ScreenshotViewProps {
  region: string;
  id: string;
  /** For the image's text alternative; the id when the instance has no name. */
  instanceName: string;
}

export function ScreenshotView({ region, id, instanceName }: ScreenshotViewProps) {
  const { t } = useTranslation();
  const { screenshot, secondsToWait, canRefresh, refresh } = useScreenshotView(region, id);
  const { data } = screenshot;

  return (
    <Card
      title={t('screenshot.title')}
      extra={
        <Flex gap={12} align="center">
          {secondsToWait > 0 && (
            <Typography.Text type="secondary">{t('screenshot.availableIn', { count: secondsToWait })}</Typography.Text>
          )}
          <Button icon={<ReloadOutlined aria-hidden />} onClick={refresh} disabled={!canRefresh} loading={screenshot.isFetching}>
            {t('screenshot.refresh')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {screenshot.isPending && <Skeleton.Image active style={{ width: 720, height: 400 }} />}
        {screenshot.isError && <ErrorState error={screenshot.error} title={errorTitle(screenshot.error, t)} />}
        {data && (
          <>
            <Typography.Text type="secondary">
              {t('screenshot.takenAt')} <DateTime value={data.takenAt} />
            </Typography.Text>
            <img
              src={`data:image/jpeg;base64,${data.imageBase64}`}
              alt={t('screenshot.alt', { name: instanceName })}
              style={{ maxWidth: '100%', height: 'auto', alignSelf: 'flex-start', background: '#000' }}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
