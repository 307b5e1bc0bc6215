import { Button, Card, Empty, Flex, Skeleton, Switch, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { useConsoleOutputView } from '../hooks/use-console-output-view.ts';
import { ConsoleLastUpdate } from './console-last-update.tsx';
import { AnsiText } from './ansi-text.tsx';
import styles from './console-output-view.module.css';

/** The two refusals users meet most (Windows, an instance that never booted) get a plain title. */
function errorTitle(error: unknown, t: TFunction): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'CLOUD_NOT_SUPPORTED') return t('console.notSupported');
  if (error.code === 'CLOUD_INVALID_STATE' || error.code === 'CLOUD_NOT_FOUND') return t('console.invalidState');
  return undefined;
}

export function ConsoleOutputView({ region, id }: { region: string; id: string }) {
  const { t } = useTranslation();
  const { removeSymbols, setRemoveSymbols, output, logRef, refresh } = useConsoleOutputView(region, id);
  const { data } = output;

  return (
    <Card
      title={t('console.title')}
      extra={
        <Flex gap={16} align="center">
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
            <Switch checked={removeSymbols} onChange={setRemoveSymbols} size="small" />
            <Typography.Text>{t('console.removeSymbols')}</Typography.Text>
          </label>
          <Button icon={<ReloadOutlined aria-hidden />} onClick={refresh} loading={output.isFetching}>
            {t('common.refresh')}
          </Button>
        </Flex>
      }
    >
      {output.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {output.isError && <ErrorState error={output.error} title={errorTitle(output.error, t)} onRetry={refresh} />}
      {data && (
        <Flex vertical gap={12}>
          <ConsoleLastUpdate lastUpdateTime={data.lastUpdateTime} lastUpdateTimeUtc={data.lastUpdateTimeUtc} />
          {data.text ? (
            <pre ref={logRef} role="log" aria-label={t('console.title')} className={styles.log}>
              <AnsiText text={data.text} />
            </pre>
          ) : (
            <Empty description={t('console.empty')} />
          )}
        </Flex>
      )}
    </Card>
  );
}
