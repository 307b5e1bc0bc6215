import type { ReactNode } from 'react';
import { Button, Card, Empty, Flex, Skeleton, Switch, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { LineRange } from '@porthole/contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { LogViewer } from '../../../components/log-viewer/log-viewer.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { useConsoleOutputView } from '../hooks/use-console-output-view.ts';
import { ConsoleLastUpdate } from './console-last-update.tsx';

/** What the route needs to add its own controls (the Share button) to the viewer's toolbar. */
export interface ConsoleToolbarState {
  removeSymbols: boolean;
  selectedRange: LineRange | null;
}

export interface ConsoleOutputViewProps {
  region: string;
  id: string;
  /** Starting or Pending: the output is growing, so Follow starts on. */
  booting?: boolean;
  renderToolbarExtra?: (state: ConsoleToolbarState) => ReactNode;
}

/**
 * The refusals users meet (Windows, retired instance types, an instance that never booted) get a
 * plain title; the cloud's code and message are shown below it by ErrorState.
 */
function errorTitle(error: unknown, t: TFunction): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'CLOUD_NOT_SUPPORTED') return t('console.notSupported');
  if (error.code === 'CLOUD_INVALID_STATE' || error.code === 'CLOUD_NOT_FOUND') return t('console.invalidState');
  return undefined;
}

function LabelledSwitch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label style={{ display: 'flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
      <Switch checked={checked} onChange={onChange} size="small" />
      <Typography.Text>{label}</Typography.Text>
    </label>
  );
}

export function ConsoleOutputView({ region, id, booting = false, renderToolbarExtra }: ConsoleOutputViewProps) {
  const { t } = useTranslation();
  const view = useConsoleOutputView(region, id, booting);
  const { output } = view;
  const { data } = output;

  return (
    <Card
      title={t('console.title')}
      extra={
        <Flex gap={16} align="center" wrap>
          <LabelledSwitch label={t('console.removeSymbols')} checked={view.removeSymbols} onChange={view.setRemoveSymbols} />
          <LabelledSwitch label={t('console.follow')} checked={view.follow} onChange={view.setFollow} />
          <Button icon={<ReloadOutlined aria-hidden />} onClick={view.refresh} loading={output.isFetching}>
            {t('common.refresh')}
          </Button>
        </Flex>
      }
    >
      {output.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {output.isError && <ErrorState error={output.error} title={errorTitle(output.error, t)} onRetry={view.refresh} />}
      {data && (
        <Flex vertical gap={12}>
          <ConsoleLastUpdate lastUpdateTime={data.lastUpdateTime} lastUpdateTimeUtc={data.lastUpdateTimeUtc} />
          {data.text ? (
            <LogViewer
              text={data.text}
              title={t('console.title')}
              fileName={`${id}-console-${data.lastUpdateTime.slice(0, 10)}`}
              onSelectRange={view.setSelectedRange}
              newFromLine={view.newFromLine}
              stickToEnd
              toolbarExtra={renderToolbarExtra?.({ removeSymbols: view.removeSymbols, selectedRange: view.selectedRange })}
            />
          ) : (
            <Empty description={t('console.empty')} />
          )}
        </Flex>
      )}
    </Card>
  );
}
