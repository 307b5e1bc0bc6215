import { decodeTerminalFrame, encodeTerminalFrame, type TerminalFrame } from '@porthole/wire';
import { PasteSender, PASTE_THRESHOLD_BYTES, type PasteProgress } from '../paste/paste-sender.ts';
import { ListenerSet } from '../transport/listener-set.ts';
import type { Disposable, TerminalTransport, TerminalTransportFactory, TransportClose } from '../transport/terminal-transport.ts';
import { OutputCursor } from './output-cursor.ts';
import { reconnectDelay, RESUME_WINDOW_MS } from './reconnect-policy.ts';
import type { SessionClock } from './session-clock.ts';
import { initialSessionState, transition, type SessionState, type SessionStatus } from './session-state.ts';

/** Where output goes: xterm in the app. `rendered` runs once the bytes are on screen (xterm's write callback). */
export interface TerminalScreen {
  write(data: Uint8Array, rendered: () => void): void;
}

export interface Latency {
  /** Round trip browser <-> BFF. */
  browserMs: number | null;
  /** Round trip BFF <-> cloud, as the BFF measured it. */
  upstreamMs: number | null;
}

export interface SessionSnapshot {
  state: SessionState;
  latency: Latency;
  paste: PasteProgress | null;
}

export interface TerminalSessionOptions {
  connect: TerminalTransportFactory;
  screen: TerminalScreen;
  clock: SessionClock;
  size: { cols: number; rows: number };
  pingIntervalMs?: number;
}

export const PING_INTERVAL_MS = 5000;
/** Pings without any frame back before the connection counts as dead. */
export const STALE_AFTER_PINGS = 3;
export const RESUME_TIMEOUT_REASON = 'the connection was lost for more than a minute';
export const USER_CLOSED_REASON = 'closed';

const encoder = new TextEncoder();

/**
 * One terminal's connection lifecycle, free of React and xterm: connect, decode frames, write output
 * and acknowledge what was rendered, ping, and reconnect with `resumeFrom` after a drop.
 */
export class TerminalSession {
  readonly #options: TerminalSessionOptions;
  readonly #cursor = new OutputCursor();
  readonly #changes = new ListenerSet<void>();
  readonly #paste: PasteSender;
  #snapshot: SessionSnapshot = { state: initialSessionState, latency: { browserMs: null, upstreamMs: null }, paste: null };
  #transport: TerminalTransport | undefined;
  #open = false;
  #subscriptions: Disposable[] = [];
  #pinger: Disposable | undefined;
  #retry: Disposable | undefined;
  #droppedAt: number | undefined;
  #attempt = 0;
  #pingId = 0;
  #lastHeardAt = 0;
  #size: { cols: number; rows: number };

  get #pingInterval(): number {
    return this.#options.pingIntervalMs ?? PING_INTERVAL_MS;
  }

  constructor(options: TerminalSessionOptions) {
    this.#options = options;
    this.#size = options.size;
    this.#paste = new PasteSender({ send: (chunk) => this.#send({ type: 'input', data: chunk }), canSend: () => this.#open, clock: options.clock });
    this.#paste.onProgress((paste) => this.#update({ paste }));
  }

  get snapshot(): SessionSnapshot {
    return this.#snapshot;
  }

  subscribe(listener: () => void): Disposable {
    return this.#changes.add(listener);
  }

  start(): void {
    if (!this.#transport && this.#snapshot.state.status !== 'ended') this.#connect();
  }

  /** Keystrokes go out at once; anything paste-sized is split and paced. */
  input(data: string): void {
    if (this.#snapshot.state.status === 'ended') return;
    const bytes = encoder.encode(data);
    if (bytes.byteLength > PASTE_THRESHOLD_BYTES) this.#paste.paste(data);
    else this.#send({ type: 'input', data: bytes });
  }

  cancelPaste(): void {
    this.#paste.cancel();
  }

  resize(cols: number, rows: number): void {
    if (cols === this.#size.cols && rows === this.#size.rows) return;
    this.#size = { cols, rows };
    this.#send({ type: 'resize', cols, rows });
  }

  /**
   * The browser says it lost the network. The socket may still look open (it can take minutes for TCP
   * to notice), but nothing gets through: drop it now and keep trying, so the user sees the state.
   */
  networkLost(): void {
    if (!this.#transport || this.#snapshot.state.status === 'ended') return;
    const lost = this.#transport;
    this.#teardownTransport();
    lost.close();
    this.#reconnectLater();
  }

  /** The network is back: retry at once instead of waiting out the backoff. */
  networkBack(): void {
    if (!this.#retry) return;
    this.#retry.dispose();
    this.#retry = undefined;
    this.#connect();
  }

  /** Stops listening and closes the socket; the shell itself lives on in the BFF until ended through the API. */
  dispose(): void {
    this.#end(USER_CLOSED_REASON);
    this.#paste.dispose();
    this.#changes.clear();
  }

  #connect(): void {
    const transport = this.#options.connect(this.#cursor.received);
    this.#transport = transport;
    this.#subscriptions = [
      transport.onOpen(() => this.#opened()),
      transport.onMessage((bytes) => this.#received(bytes)),
      transport.onClose((close) => this.#closed(transport, close)),
    ];
  }

  #opened(): void {
    this.#open = true;
    this.#lastHeardAt = this.#options.clock.now();
    this.#send({ type: 'resize', ...this.#size });
    this.#pinger = this.#options.clock.setInterval(() => this.#ping(), this.#pingInterval);
    this.#ping();
    // Back after a drop: the BFF kept the shell and replays from resumeFrom (or says it ended).
    if (this.#droppedAt !== undefined) this.#moveTo('resumed');
    this.#droppedAt = undefined;
    this.#attempt = 0;
  }

  #received(bytes: Uint8Array): void {
    this.#lastHeardAt = this.#options.clock.now();
    const decoded = decodeTerminalFrame(bytes);
    // A frame this client cannot read is skipped: the next output chunk's offset reveals any loss.
    if (decoded.kind !== 'ok') return;
    const frame = decoded.value;
    switch (frame.type) {
      case 'output':
        return this.#output(frame.offset, frame.data);
      case 'state':
        return this.#serverState(frame.state, frame.reason);
      case 'ping':
        return this.#send({ type: 'pong', id: frame.id, sentAt: frame.sentAt, upstreamRttMs: null });
      case 'pong':
        return this.#update({ latency: { browserMs: Math.max(0, this.#options.clock.now() - frame.sentAt), upstreamMs: frame.upstreamRttMs } });
      default:
        return;
    }
  }

  #output(offset: number, data: Uint8Array): void {
    const { fresh } = this.#cursor.accept(offset, data);
    if (this.#snapshot.state.status === 'connecting') this.#moveTo('connected');
    if (fresh.byteLength === 0) return;
    const end = this.#cursor.received;
    // Acknowledge only what xterm has drawn: that is what lets the BFF pause a flood it cannot show.
    // `rendered` is a running total, so an ack landing after a reconnect is still right on the new socket.
    this.#options.screen.write(fresh, () => this.#send({ type: 'ack', rendered: end }));
  }

  #serverState(state: SessionStatus, reason: string): void {
    const status = this.#snapshot.state.status;
    if (state === 'ended') return this.#end(reason || USER_CLOSED_REASON);
    // The BFF says "connected" on every socket; after a drop that means the same shell is back.
    if (state === 'connected' && status === 'reconnecting') return this.#moveTo('resumed');
    if (state === 'connected' || state === 'reconnecting' || state === 'resumed') this.#moveTo(state);
  }

  #closed(transport: TerminalTransport, close: TransportClose): void {
    if (transport !== this.#transport) return;
    this.#teardownTransport();
    if (this.#snapshot.state.status === 'ended') return;
    // 1000 and the 4000s are the BFF's deliberate closes (ended, refused, resume impossible); others are drops.
    if (close.code === 1000 || close.code >= 4000) return this.#end(close.reason || USER_CLOSED_REASON);
    this.#reconnectLater();
  }

  #reconnectLater(): void {
    const now = this.#options.clock.now();
    this.#droppedAt ??= now;
    if (now - this.#droppedAt >= RESUME_WINDOW_MS) return this.#end(RESUME_TIMEOUT_REASON);
    this.#moveTo('reconnecting');
    const delay = reconnectDelay(this.#attempt);
    this.#attempt += 1;
    this.#retry = this.#options.clock.setTimeout(() => {
      this.#retry = undefined;
      this.#connect();
    }, Math.min(delay, Math.max(0, this.#droppedAt + RESUME_WINDOW_MS - now)));
  }

  #ping(): void {
    // A socket can stay "open" through a network cut without a close event; silence past a few
    // unanswered pings means the path is gone, so reconnect instead of waiting for TCP to notice.
    if (this.#options.clock.now() - this.#lastHeardAt > this.#pingInterval * STALE_AFTER_PINGS) {
      const stale = this.#transport;
      this.#teardownTransport();
      stale?.close();
      return this.#reconnectLater();
    }
    this.#pingId += 1;
    this.#send({ type: 'ping', id: this.#pingId, sentAt: this.#options.clock.now() });
  }

  #send(frame: TerminalFrame): void {
    if (this.#open) this.#transport?.send(encodeTerminalFrame(frame));
  }

  #end(reason: string): void {
    this.#retry?.dispose();
    this.#retry = undefined;
    this.#paste.cancel();
    const transport = this.#transport;
    this.#teardownTransport();
    // Closing twice is harmless; a socket the server meant to close but did not must not linger.
    transport?.close();
    this.#moveTo('ended', reason);
  }

  #teardownTransport(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#subscriptions = [];
    this.#pinger?.dispose();
    this.#pinger = undefined;
    this.#open = false;
    this.#transport = undefined;
  }

  #moveTo(status: SessionStatus, reason: string | null = null): void {
    const next = transition(this.#snapshot.state, status, reason);
    if (next) this.#update({ state: next });
  }

  #update(change: Partial<SessionSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    this.#changes.emit();
  }
}
