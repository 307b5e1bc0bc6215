import { once } from 'node:events';
import { decodeTerminalFrame, encodeTerminalFrame, type TerminalConnectionState, type TerminalFrame } from '@porthole/wire';
import { WebSocket } from 'ws';

export interface TestClientOptions {
  readonly resumeFrom?: number;
  /** Ack each output frame as soon as it arrives (a fast browser); off = the test acks by hand. */
  readonly autoAck?: boolean;
  readonly headers: Record<string, string>;
}

/**
 * A browser's side of the terminal socket, for tests: keeps every output byte by offset and every
 * state, and checks that output offsets are contiguous (nothing lost, nothing repeated).
 */
export class TerminalTestClient {
  readonly socket: WebSocket;
  readonly states: { state: TerminalConnectionState; reason: string }[] = [];
  readonly pongs: Extract<TerminalFrame, { type: 'pong' }>[] = [];
  #chunks: Buffer[] = [];
  #received: number;
  #autoAck: boolean;
  /** Offsets that did not continue where the previous output ended. */
  readonly discontinuities: { expected: number; got: number }[] = [];

  constructor(url: string, options: TestClientOptions) {
    this.#received = options.resumeFrom ?? 0;
    this.#autoAck = options.autoAck ?? true;
    const query = options.resumeFrom === undefined ? '' : `?resumeFrom=${options.resumeFrom}`;
    this.socket = new WebSocket(`${url}${query}`, { headers: options.headers });
    this.socket.on('message', (data: Buffer) => this.#onFrame(data));
  }

  async opened(): Promise<void> {
    await once(this.socket, 'open');
  }

  /** Bytes received since this client's first offset (resumeFrom, or 0). */
  get text(): string {
    return Buffer.concat(this.#chunks).toString('utf8');
  }

  get received(): number {
    return this.#received;
  }

  /** The bytes after the first `skip` this client received. */
  textFrom(skip: number): string {
    return Buffer.concat(this.#chunks).subarray(skip).toString('utf8');
  }

  get lastState(): TerminalConnectionState | undefined {
    return this.states.at(-1)?.state;
  }

  send(frame: TerminalFrame): void {
    this.socket.send(encodeTerminalFrame(frame));
  }

  type(text: string): void {
    this.send({ type: 'input', data: new TextEncoder().encode(text) });
  }

  ack(rendered = this.#received): void {
    this.send({ type: 'ack', rendered });
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = once(this.socket, 'close');
    this.socket.close();
    await closed;
  }

  /** Drops the connection without a close frame (a network blip). */
  async drop(): Promise<void> {
    const closed = once(this.socket, 'close');
    this.socket.terminate();
    await closed;
  }

  #onFrame(data: Buffer): void {
    const decoded = decodeTerminalFrame(data);
    if (decoded.kind !== 'ok') throw new Error(`undecodable frame from the BFF: ${decoded.kind}`);
    const frame = decoded.value;
    if (frame.type === 'output') {
      if (frame.offset !== this.#received) this.discontinuities.push({ expected: this.#received, got: frame.offset });
      this.#chunks.push(Buffer.from(frame.data));
      this.#received = frame.offset + frame.data.byteLength;
      if (this.#autoAck) this.ack();
    } else if (frame.type === 'state') {
      this.states.push({ state: frame.state, reason: frame.reason });
    } else if (frame.type === 'pong') {
      this.pongs.push(frame);
    }
  }
}
