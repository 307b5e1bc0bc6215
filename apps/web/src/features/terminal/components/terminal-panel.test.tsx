import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderApp } from '../../../testing/render-app.tsx';
import { FakeTransport } from '../testing/fake-transport.ts';
import { TerminalPanel } from './terminal-panel.tsx';

// xterm.js needs a real canvas; the panel's wiring is what is tested here, with a stand-in screen.
const fakeXterm = vi.hoisted(() => ({
  written: [] as string[],
  onData: undefined as ((data: string) => void) | undefined,
  fontSizes: [] as number[],
  gpu: [] as boolean[],
}));

vi.mock('../xterm/create-xterm.ts', () => ({
  createXterm: (_element: HTMLElement, options: { fontSize: number; gpu: boolean }) => {
    fakeXterm.fontSizes.push(options.fontSize);
    fakeXterm.gpu.push(options.gpu);
    return {
      terminal: {
        cols: 100,
        rows: 30,
        write: (data: Uint8Array, done: () => void) => {
          fakeXterm.written.push(new TextDecoder().decode(data));
          done();
        },
        onData: (listener: (data: string) => void) => {
          fakeXterm.onData = listener;
          return { dispose: () => (fakeXterm.onData = undefined) };
        },
        onResize: () => ({ dispose: () => undefined }),
        focus: () => undefined,
      },
      search: { findNext: () => true, findPrevious: () => true },
      fit: () => undefined,
      setFontSize: (size: number) => fakeXterm.fontSizes.push(size),
      setGpu: (on: boolean) => fakeXterm.gpu.push(on),
      dispose: () => undefined,
    };
  },
}));

describe('TerminalPanel', () => {
  it('shows the session state, latency and output, and acks what it drew', async () => {
    const transports: FakeTransport[] = [];
    const connect = (resumeFrom: number) => {
      const transport = new FakeTransport(resumeFrom);
      transports.push(transport);
      return transport;
    };
    const terminal = { id: 't-1', targetName: 'web-01', socketPath: '/api/terminals/t-1/socket' };
    const { unmount } = renderApp(<TerminalPanel terminal={terminal} fontSize={14} gpu={false} connect={connect} />);

    expect(await screen.findByRole('region', { name: 'Terminal web-01' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Connecting');
    const transport = transports[0];
    if (!transport) throw new Error('the panel did not connect');
    expect(transport.resumeFrom).toBe(0);
    expect(fakeXterm.gpu).toEqual([false]);

    act(() => {
      transport.open();
      transport.serve({ type: 'state', state: 'connected', reason: '' });
      transport.serve({ type: 'output', offset: 0, data: new TextEncoder().encode('42\r\n') });
      const ping = transport.sentOf('ping')[0];
      transport.serve({ type: 'pong', id: ping?.id ?? 0, sentAt: ping?.sentAt ?? 0, upstreamRttMs: 3.4 });
    });
    expect(screen.getByRole('status').textContent).toBe('Connected');
    expect(screen.getByText(/^Latency \d+ ms · cloud 3 ms$/)).toBeTruthy();
    expect(fakeXterm.written).toEqual(['42\r\n']);
    expect(transport.sentOf('ack')).toEqual([{ type: 'ack', rendered: 4 }]);
    expect(transport.sentOf('resize')).toEqual([{ type: 'resize', cols: 100, rows: 30 }]);

    act(() => fakeXterm.onData?.('p'.repeat(4096)));
    expect(screen.getByText('Pasting 25%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel paste' }));
    expect(screen.queryByText(/^Pasting/)).toBeNull();

    act(() => transport.serve({ type: 'state', state: 'ended', reason: 'the shell exited' }));
    expect(screen.getByRole('status').textContent).toBe('Ended: the shell exited');
    unmount();
    expect(fakeXterm.onData).toBeUndefined();
  });
});
