import { useState } from 'react';
import { Button, Empty, Flex, Switch, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TerminalSummary } from '@porthole/contract';
import { useEndTerminal } from '../api/end-terminal.ts';
import { useOpenTerminals } from '../hooks/use-open-terminals.ts';
import { useTerminalPreferences } from '../hooks/use-terminal-preferences.ts';
import { LazyTerminalPanel } from './lazy-terminal-panel.tsx';
import { TerminalSettings } from './terminal-settings.tsx';

const tabLabel = (terminal: TerminalSummary) =>
  terminal.containerName ? `${terminal.targetName} / ${terminal.containerName}` : terminal.targetName;

/** Every shell of this browser tab: one tab each, or all side by side in split view. */
export function TerminalsWorkspace() {
  const { t } = useTranslation();
  const terminals = useOpenTerminals();
  const preferences = useTerminalPreferences();
  const end = useEndTerminal();
  const [split, setSplit] = useState(false);
  const [active, setActive] = useState<string | undefined>(undefined);
  const activeKey = terminals.some((entry) => entry.id === active) ? active : terminals.at(-1)?.id;

  const panel = (terminal: TerminalSummary, height: number | string) => (
    <LazyTerminalPanel terminal={terminal} fontSize={preferences.fontSize} gpu={preferences.gpu} height={height} />
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('terminal.title')}
        </Typography.Title>
        <Flex align="center" gap={16} wrap>
          <Flex align="center" gap={4}>
            <Switch size="small" checked={split} onChange={setSplit} aria-label={t('terminal.split')} />
            <Typography.Text aria-hidden>{t('terminal.split')}</Typography.Text>
          </Flex>
          <TerminalSettings
            fontSize={preferences.fontSize}
            gpu={preferences.gpu}
            onFontSizeStep={preferences.changeFontSize}
            onGpuChange={preferences.setGpu}
          />
        </Flex>
      </Flex>
      {terminals.length === 0 && <Empty description={t('terminal.empty')} />}
      {split && terminals.length > 0 && (
        <Flex gap={12} wrap>
          {terminals.map((terminal) => (
            <Flex key={terminal.id} vertical gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
              <Flex justify="space-between" align="center">
                <Typography.Text strong>{tabLabel(terminal)}</Typography.Text>
                <Button size="small" onClick={() => end.mutate(terminal.id)}>
                  {t('terminal.closeTab')}
                </Button>
              </Flex>
              {panel(terminal, 360)}
            </Flex>
          ))}
        </Flex>
      )}
      {!split && terminals.length > 0 && (
        <Tabs
          type="editable-card"
          hideAdd
          activeKey={activeKey}
          onChange={setActive}
          onEdit={(key, action) => {
            if (action === 'remove' && typeof key === 'string') end.mutate(key);
          }}
          locale={{ removeAriaLabel: t('terminal.closeTab') }}
          items={terminals.map((terminal) => ({ key: terminal.id, label: tabLabel(terminal), children: panel(terminal, '60vh') }))}
        />
      )}
    </Flex>
  );
}
