import { Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TerminalSummary } from '@porthole/contract';
import { useTerminalSession } from '../hooks/use-terminal-session.ts';
import type { TerminalTransportFactory } from '../transport/terminal-transport.ts';
import { LatencyIndicator } from './latency-indicator.tsx';
import { PasteProgress } from './paste-progress.tsx';
import { TerminalStatus } from './terminal-status.tsx';

export interface TerminalPanelProps {
  terminal: Pick<TerminalSummary, 'id' | 'targetName' | 'socketPath'>;
  fontSize: number;
  gpu: boolean;
  /** Height of the screen; the grid is fitted to it. */
  height?: number | string;
  connect?: TerminalTransportFactory;
}

/** One shell: status line, then the screen. Everything live comes from useTerminalSession. */
export function TerminalPanel({ terminal, fontSize, gpu, height = '60vh', connect }: TerminalPanelProps) {
  const { t } = useTranslation();
  const { containerRef, snapshot, cancelPaste, find } = useTerminalSession({
    socketPath: terminal.socketPath,
    fontSize,
    gpu,
    ...(connect ? { connect } : {}),
  });
  return (
    <Flex vertical gap={8} style={{ minWidth: 0, flex: 1 }}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Flex align="center" gap={16} wrap>
          <TerminalStatus state={snapshot.state} />
          <LatencyIndicator latency={snapshot.latency} />
          {snapshot.paste && <PasteProgress progress={snapshot.paste} onCancel={cancelPaste} />}
        </Flex>
        <Input.Search
          size="small"
          allowClear
          aria-label={t('terminal.search')}
          placeholder={t('terminal.search')}
          onSearch={(text) => find(text)}
          style={{ width: 200 }}
        />
      </Flex>
      <div
        ref={containerRef}
        role="region"
        aria-label={t('terminal.region', { name: terminal.targetName })}
        style={{ height, minHeight: 240, padding: 8, background: '#001529', borderRadius: 6, overflow: 'hidden' }}
      />
    </Flex>
  );
}
