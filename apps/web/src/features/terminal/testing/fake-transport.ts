import { decodeTerminalFrame, encodeTerminalFrame, type TerminalFrame } from '@porthole/wire';
import { ListenerSet } from '../transport/listener-set.ts';
import type { TerminalTransport, TransportClose } from '../transport/terminal-transport.ts';

/** An in-memory connection: the test plays the BFF through `open`, `serve` and `drop`. */
export class FakeTransport implements TerminalTransport {
  readonly resumeFrom: number;
  readonly sent: TerminalFrame[] = [];
  closedByClient = false;
  readonly #opened = new ListenerSet<void>();
  readonly #messages = new ListenerSet<Uint8Array>();
  readonly #closed = new ListenerSet<TransportClose>();

  constructor(resumeFrom: number) {
    this.resumeFrom = resumeFrom;
  }

  send(frame: Uint8Array<ArrayBuffer>): void {
    const decoded = decodeTerminalFrame(frame);
    if (decoded.kind !== 'ok') throw new Error(`the session sent an undecodable frame: ${decoded.kind}`);
    this.sent.push(decoded.value);
  }

  onOpen = (listener: () => void) => this.#opened.add(listener);
  onMessage = (listener: (frame: Uint8Array) => void) => this.#messages.add(listener);
  onClose = (listener: (close: TransportClose) => void) => this.#closed.add(listener);

  close(): void {
    this.closedByClient = true;
  }

  open(): void {
    this.#opened.emit();
  }

  serve(frame: TerminalFrame): void {
    this.#messages.emit(encodeTerminalFrame(frame));
  }

  drop(code = 1006, reason = ''): void {
    this.#closed.emit({ code, reason });
  }

  sentOf<T extends TerminalFrame['type']>(type: T): Extract<TerminalFrame, { type: T }>[] {
    return this.sent.filter((frame): frame is Extract<TerminalFrame, { type: T }> => frame.type === type);
  }
}
