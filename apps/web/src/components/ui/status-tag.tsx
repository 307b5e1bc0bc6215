import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';

export type StatusTone = 'success' | 'processing' | 'warning' | 'error' | 'default';

/** A coloured status word; `busy` adds a spinner for states that are on their way somewhere else. */
export function StatusTag({ tone, busy = false, children }: { tone: StatusTone; busy?: boolean; children: ReactNode }) {
  return (
    <Tag color={tone} icon={busy ? <LoadingOutlined spin aria-hidden /> : undefined}>
      {children}
    </Tag>
  );
}
