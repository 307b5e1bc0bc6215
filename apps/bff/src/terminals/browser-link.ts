import { decodeTerminalFrame, encodeTerminalFrame, type TerminalConnectionState, type TerminalFrame } from '@porthole/wire';
import type { WebSocket } from 'ws';
import { bytesOf } from './upstream-socket.ts';

export type BrowserFrame = Extract<TerminalFrame, { type: 'input' | 'resize' | 'ack' | 'ping' }>;

// Application close codes (4000–4999) the browser can tell apart; 1000 for a normal end.
export const BROWSER_CLOSE = {
  ended: 1000,
  replaced: 4001,
  notFound: 4404,
  forbidden: 4403,
  resumeImpossible: 4410,
} as const;

/**
 * The browser's side of one terminal socket: Porthole terminal frames both ways. Frames the browser
 * may not send (output, state, pong) and undecodable bytes are dropped; they cannot hurt the shell.
 */
export class BrowserLink {
  readonly socket: WebSocket;

  constructor(socket: WebSocket, onFrame: (frame: BrowserFrame) => void, onClose: () => void) {
    this.socket = socket;
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      const decoded = decodeTerminalFrame(bytesOf(data));
      if (decoded.kind !== 'ok') return;
      const frame = decoded.value;
      if (frame.type === 'input' || frame.type === 'resize' || frame.type === 'ack' || frame.type === 'ping') onFrame(frame);
    });
    socket.on('close', onClose);
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Bytes the socket has queued but the kernel has not taken yet. */
  get bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  output(offset: number, data: Uint8Array): void {
    this.#send({ type: 'output', offset, data });
  }

  state(state: TerminalConnectionState, reason: string): void {
    this.#send({ type: 'state', state, reason });
  }

  pong(id: number, sentAt: number, upstreamRttMs: number | null): void {
    this.#send({ type: 'pong', id, sentAt, upstreamRttMs });
  }

  close(code: number, reason: string): void {
    // A close reason longer than 123 bytes makes ws throw.
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) this.socket.close(code, reason.slice(0, 100));
  }

  /** Stop reading what the browser sends (TCP pushes back) / read again: for input the cloud cannot take yet. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  #send(frame: TerminalFrame): void {
    if (this.open) this.socket.send(encodeTerminalFrame(frame));
  }
}
