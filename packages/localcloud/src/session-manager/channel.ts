import type { ChannelBackend } from './backend.ts';
import { BackendFailure } from './backend.ts';
import { OutputChunker } from './output-chunks.ts';
import type { ConnectionRecord, SessionRecord } from './session-record.ts';

/** One numbered Output payload (1.02 outputSeq, from 1). */
export interface OutputFrame {
  readonly seq: number;
  readonly payload: Uint8Array;
}

/** What the socket attached to a channel is told. */
export interface ChannelListener {
  /** New output is in the ring. */
  output(): void;
  /** The backend ended (or could not start): flush the output, then send Closed with this reason. */
  ended(reason: string): void;
}

export interface ChannelOptions {
  readonly id: string;
  readonly session: SessionRecord;
  readonly connection: ConnectionRecord;
  readonly mode: 'shell' | 'port';
  readonly now: () => number;
  /** Called once when the backend ended or failed, so the manager can forget the channel later. */
  readonly onEnd: () => void;
}

/** Output kept for 1.02 resends: about 1 MiB of shell output. */
const RING_FRAMES = 1024;
/** Undelivered frames above which the backend stops being read, so a slow client throttles the shell. */
const BACKLOG_HIGH = 256;
const BACKLOG_LOW = 64;

/**
 * A channel: one shell or one TCP connection behind the URL, outliving the socket that opened it so a 1.02
 * client can re-attach (`&channelId=`) and ask, with Sync, for the output it missed.
 */
export class Channel {
  readonly id: string;
  readonly session: SessionRecord;
  readonly connection: ConnectionRecord;
  /** Highest 1.02 inputSeq applied: Output frames carry it as the cumulative input ack. */
  inputAck = 0;
  /** Highest outputSeq the attached (or last) socket has sent. */
  deliveredUpTo = 0;
  readonly #chunker: OutputChunker;
  readonly #ring: OutputFrame[] = [];
  #nextSeq = 1;
  #backend: ChannelBackend | undefined;
  #paused = false;
  #listener: ChannelListener | undefined;
  #endReason: string | undefined;
  readonly #now: () => number;
  readonly #onEnd: () => void;

  constructor(options: ChannelOptions) {
    this.id = options.id;
    this.session = options.session;
    this.connection = options.connection;
    this.#chunker = new OutputChunker(options.mode);
    this.#now = options.now;
    this.#onEnd = options.onEnd;
  }

  get endReason(): string | undefined {
    return this.#endReason;
  }

  get latestSeq(): number {
    return this.#nextSeq - 1;
  }

  get started(): boolean {
    return this.#backend !== undefined;
  }

  /** Starts the backend; a failure ends the channel with the backend's reason. */
  async start(open: () => Promise<ChannelBackend>): Promise<void> {
    if (this.#backend || this.#endReason) return;
    try {
      const backend = await open();
      if (this.#endReason) return backend.close();
      this.#backend = backend;
      this.connection.status = 'Connected';
      backend.onOutput((bytes) => this.#append(this.#chunker.push(bytes)));
      backend.onEnd((reason) => {
        this.#append(this.#chunker.flush());
        this.#finish(reason);
      });
    } catch (error) {
      this.connection.status = 'Failed';
      this.connection.failedDetail = error instanceof Error ? error.message : String(error);
      this.#finish(error instanceof BackendFailure ? error.reason : 'OpenChannelFailed');
    }
  }

  write(bytes: Uint8Array): void {
    if (bytes.length > 0) this.#backend?.write(bytes);
  }

  resize(cols: number, rows: number): void {
    this.#backend?.resize(cols, rows);
  }

  /** Frames after `seq` still in the ring, oldest first. */
  framesAfter(seq: number): OutputFrame[] {
    const first = this.#ring[0]?.seq ?? this.#nextSeq;
    return this.#ring.slice(Math.max(0, seq + 1 - first));
  }

  attach(listener: ChannelListener): void {
    this.#listener = listener;
    if (this.#endReason) listener.ended(this.#endReason);
  }

  detach(listener: ChannelListener): void {
    if (this.#listener === listener) this.#listener = undefined;
  }

  /** The socket delivered frames up to `seq`: resume reading a paused backend once the backlog is small. */
  delivered(seq: number): void {
    this.deliveredUpTo = seq;
    if (this.#paused && this.latestSeq - seq <= BACKLOG_LOW) {
      this.#paused = false;
      this.#backend?.resume();
    }
  }

  /** Ends for good: kills the shell / closes the TCP connection. */
  close(reason: string): void {
    this.#backend?.close();
    this.#finish(reason);
  }

  #append(chunks: Uint8Array[]): void {
    for (const payload of chunks) {
      this.#ring.push({ seq: this.#nextSeq++, payload });
      if (this.#ring.length > RING_FRAMES) this.#ring.shift();
    }
    if (!this.#paused && this.latestSeq - this.deliveredUpTo > BACKLOG_HIGH) {
      this.#paused = true;
      this.#backend?.pause();
    }
    if (chunks.length > 0) this.#listener?.output();
  }

  #finish(reason: string): void {
    if (this.#endReason) return;
    this.#endReason = reason;
    if (this.connection.status !== 'Failed') this.connection.status = 'Disconnected';
    this.connection.endTime = this.#now();
    this.connection.closedReason = reason;
    this.#listener?.ended(reason);
    this.#onEnd();
  }
}
