import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { TerminalPanelProps } from './terminal-panel.tsx';

// xterm.js and its addons are a few hundred kB: only pages that show a shell load them (own chunk).
const TerminalPanel = lazy(async () => ({ default: (await import('./terminal-panel.tsx')).TerminalPanel }));

export function LazyTerminalPanel(props: TerminalPanelProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
      <TerminalPanel {...props} />
    </Suspense>
  );
}
