import {
  decodeSessionMessage,
  decodeStatus,
  encodeSessionMessage,
  encodeSetSize,
  SessionMessageType,
  type SessionMessage,
  type SessionSchemaVersion,
} from '@porthole/wire';
import { vi } from 'vitest';
import WebSocket from 'ws';

/**
 * Test support: a Session Manager client written against @porthole/wire, keeping every frame it
 * receives so tests can assert on statuses, sequences and output. 1.02 input is numbered like the
 * official sample (pre-incremented inputSeq, so the first Input carries 1).
 */
export class SessionTestClient {
  readonly received: SessionMessage[] = [];
  readonly version: SessionSchemaVersion;
  closeCode: number | undefined;
  inputSeq = 0;
  /** Highest in-order outputSeq (1.02). */
  outputSeq = 0;
  channelId = '';
  readonly #socket: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;
  #counter = 0;

  constructor(url: string, version: SessionSchemaVersion = '1.02') {
    this.version = version;
    this.#socket = new WebSocket(url);
    this.#socket.binaryType = 'nodebuffer';
    this.opened = new Promise((resolve, reject) => {
      this.#socket.once('open', () => resolve());
      this.#socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      this.#socket.once('error', reject);
    });
    this.opened.catch(() => undefined);
    this.closed = new Promise((resolve) => this.#socket.once('close', (code) => resolve((this.closeCode = code))));
    this.#socket.on('message', (data: Buffer) => {
      const decoded = decodeSessionMessage(new Uint8Array(data));
      if (decoded.kind !== 'ok') throw new Error(`undecodable frame from the gateway: ${JSON.stringify(decoded)}`);
      const m = decoded.value;
      this.received.push(m);
      if (!this.channelId && m.sessionId) this.channelId = m.sessionId;
      if (m.type === SessionMessageType.output && m.outputSequence === this.outputSeq + 1) this.outputSeq++;
    });
  }

  /** Output payloads in order, as text. */
  get text(): string {
    return Buffer.concat(this.outputs.map((m) => m.payload)).toString('utf8');
  }

  get outputs(): SessionMessage[] {
    return this.received.filter((m) => m.type === SessionMessageType.output);
  }

  get statuses(): { code: number; text: string }[] {
    return this.received.filter((m) => m.type === SessionMessageType.status).flatMap((m) => decodeStatus(m.payload) ?? []);
  }

  send(type: number, payload: Uint8Array, sequence?: number): void {
    const is102 = this.version === '1.02';
    const seq = sequence ?? (is102 ? (type === SessionMessageType.sync ? this.inputSeq : ++this.inputSeq) : this.#counter++);
    this.#socket.send(
      encodeSessionMessage({
        type,
        schemaVersion: this.version,
        sessionId: is102 ? this.channelId : '',
        instanceId: '',
        createdAt: Date.now(),
        sequence: seq,
        payload,
        ...(is102 ? { outputSequence: this.outputSeq } : {}),
      }),
    );
  }

  type(text: string): void {
    this.send(SessionMessageType.input, Buffer.from(text));
  }

  resize(cols: number, rows: number, form: 'binary' | 'json' = 'binary'): void {
    this.send(SessionMessageType.setSize, encodeSetSize(cols, rows, form));
  }

  sync(): void {
    this.send(SessionMessageType.sync, new Uint8Array(0));
  }

  async waitFor(predicate: (client: SessionTestClient) => boolean, timeout = 4000): Promise<void> {
    await vi.waitFor(() => {
      if (!predicate(this)) {
        const statuses = JSON.stringify(this.statuses);
        throw new Error(`not yet; statuses ${statuses}, output so far: ${JSON.stringify(this.text.slice(-300))}`);
      }
    }, { timeout, interval: 20 });
  }

  waitForText(pattern: RegExp | string, timeout?: number): Promise<void> {
    return this.waitFor((c) => (typeof pattern === 'string' ? c.text.includes(pattern) : pattern.test(c.text)), timeout);
  }

  /** Waits for the shell's first output (the prompt): the agent's start-up window is over. */
  ready(): Promise<void> {
    return this.waitFor((c) => c.outputs.length > 0);
  }

  close(code = 1000): Promise<number> {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.close(code);
    return this.closed;
  }
}
