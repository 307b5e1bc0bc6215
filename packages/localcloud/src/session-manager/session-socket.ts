import {
  decodeSessionMessage,
  decodeSetSize,
  decodeStreamStatus,
  encodeSessionMessage,
  encodeStatus,
  encodeStreamStatus,
  SessionMessageType,
  SessionStatusCode,
  type SessionMessage,
  type SessionSchemaVersion,
} from '@porthole/wire';
import type { Clock } from '../clock.ts';
import type { Channel, ChannelListener } from './channel.ts';
import { Pacer } from './pacer.ts';
import type { SessionSettings } from './settings.ts';
import { SocketStateMachine } from './socket-state.ts';
import { GatewayCloseCode, type SocketTransport } from './socket-transport.ts';

export interface SessionSocketOptions {
  readonly channel: Channel;
  readonly transport: SocketTransport;
  readonly settings: () => SessionSettings;
  /** The world's clock: the idle cut follows it, so tests can jump three minutes. */
  readonly clock: Clock;
  /** True for a 1.02 re-attach (`&channelId=`): nothing is sent before the client's Sync. */
  readonly resuming: boolean;
  /** Starts the channel's backend once the start-up window has passed. */
  readonly startBackend: () => Promise<void>;
  /** The socket is gone; `resumable` when the channel should wait for a 1.02 re-attach. */
  readonly onClosed: (resumable: boolean) => void;
}

/** Above this many queued bytes the socket stops taking output from the channel until the network drains. */
const SEND_BUFFER_HIGH = 256 * 1024;
const DRAIN_POLL_MS = 10;

/**
 * The gateway's side of one WebSocket (protocols.md §4.1, session-protocol-1.02.md §11): speaks 1.02
 * until the client's first frame shows its version, then answers in that version.
 */
export class SessionSocket implements ChannelListener {
  readonly #o: SessionSocketOptions;
  readonly #channel: Channel;
  readonly #state: SocketStateMachine;
  readonly #pacer: Pacer;
  #version: SessionSchemaVersion = '1.02';
  /** 1.01: one counter for every server message, from 0. */
  #counter = 0;
  #sentUpTo: number;
  #awaitingSync: boolean;
  #frozen = false;
  #loseNext = false;
  #resumableClose = false;
  #closeReason: string | undefined;
  #pumpTimer: NodeJS.Timeout | undefined;
  #startTimer: NodeJS.Timeout | undefined;
  #idle: { cancel(): void } | undefined;

  constructor(options: SessionSocketOptions) {
    this.#o = options;
    this.#channel = options.channel;
    this.#pacer = new Pacer(options.settings().pacingBps);
    this.#sentUpTo = this.#channel.deliveredUpTo;
    this.#awaitingSync = options.resuming;
    this.#state = new SocketStateMachine(options.resuming ? 'resuming' : 'starting');
    this.#armIdle();
    this.#channel.attach(this);
    if (options.resuming) return;
    this.#status(SessionStatusCode.opening, 'Opening');
    this.#status(SessionStatusCode.opened, 'Opened');
    const bps = options.settings().pacingBps;
    if (bps > 0) this.#send(SessionMessageType.status, encodeStreamStatus(bps));
    this.#startTimer = setTimeout(() => this.#start(), options.settings().startupDelayMs);
  }

  get version(): SessionSchemaVersion {
    return this.#version;
  }

  /** One binary (or text) frame from the client. */
  receive(frame: Uint8Array): void {
    if (this.#state.is('closed') || this.#frozen) return;
    const decoded = decodeSessionMessage(frame);
    if (decoded.kind !== 'ok' || decoded.value.createdAt === 0) return;
    const message = decoded.value;
    this.#version = message.schemaVersion;
    this.#armIdle();
    switch (message.type) {
      case SessionMessageType.input:
      case SessionMessageType.setSize:
        return this.#input(message);
      case SessionMessageType.close:
        return this.#channel.close('Exit');
      case SessionMessageType.status: {
        const bps = decodeStreamStatus(message.payload);
        if (bps) this.#pacer.bitsPerSecond = bps;
        return;
      }
      case SessionMessageType.sync:
        if (this.#version === '1.02') this.#sync(message);
        return;
      default:
        // Open (4) and anything newer: accepted and ignored.
        return;
    }
  }

  /** The WebSocket closed, whoever closed it. */
  peerClosed(code: number): void {
    if (this.#state.is('closed')) return;
    this.#state.to('closed');
    this.#stopTimers();
    this.#channel.detach(this);
    const ended = this.#channel.endReason !== undefined;
    const resumable = !ended && this.#version === '1.02' && (this.#resumableClose || code !== GatewayCloseCode.normal);
    this.#o.onClosed(resumable);
  }

  // ChannelListener
  output(): void {
    this.#pump();
  }

  ended(reason: string): void {
    if (this.#state.is('closing', 'closed')) return;
    this.#closeReason = reason;
    clearTimeout(this.#startTimer);
    this.#state.to('closing');
    this.#pump();
  }

  // Fault switches
  drop(): void {
    this.#resumableClose = true;
    this.#o.transport.terminate();
  }

  closeWith(code: GatewayCloseCode): void {
    if (code === GatewayCloseCode.normal) return this.#channel.close('Notified');
    this.#resumableClose = true;
    if (code === GatewayCloseCode.serviceRestart) {
      this.#status(SessionStatusCode.frozen, 'ServiceRestart');
      return this.#o.transport.close(code);
    }
    this.#o.transport.close();
  }

  freeze(frozen: boolean): void {
    this.#frozen = frozen;
    if (!frozen) this.#pump();
  }

  loseNextOutput(): void {
    this.#loseNext = true;
  }

  #start(): void {
    if (!this.#state.is('starting')) return;
    void this.#o.startBackend().then(() => {
      if (this.#state.is('starting')) this.#state.to('open');
      this.#pump();
    });
  }

  #input(message: SessionMessage): void {
    if (this.#version === '1.02') {
      const seq = message.sequence;
      if (seq <= this.#channel.inputAck) return;
      if (seq > this.#channel.inputAck + 1) return this.#requestInputFrom(this.#channel.inputAck + 1);
      this.#channel.inputAck = seq;
    }
    // The agent drops what arrives before its PTY exists (protocols.md §1.7).
    if (!this.#state.is('open', 'resuming') || !this.#channel.started) return;
    if (message.type === SessionMessageType.input) return this.#channel.write(message.payload);
    const size = decodeSetSize(message.payload);
    if (size) this.#channel.resize(size.cols, size.rows);
  }

  /** Client Sync: resend Output after its outputSeq, ask for the inputs we miss, and re-open after a re-attach. */
  #sync(message: SessionMessage): void {
    const clientOutput = message.outputSequence ?? 0;
    this.#sentUpTo = Math.min(clientOutput, this.#channel.latestSeq);
    if (message.sequence > this.#channel.inputAck) this.#requestInputFrom(this.#channel.inputAck + 1);
    if (this.#awaitingSync) {
      this.#awaitingSync = false;
      if (this.#state.is('resuming') && this.#channel.endReason === undefined) {
        this.#state.to('open');
        this.#status(SessionStatusCode.opened, 'Opened');
      }
    }
    this.#pump();
  }

  #requestInputFrom(seq: number): void {
    this.#write({ type: SessionMessageType.sync, payload: new Uint8Array(0), sequence: seq });
  }

  #pump(): void {
    if (this.#pumpTimer || this.#frozen || this.#awaitingSync || this.#state.is('closed')) return;
    const frames = this.#channel.framesAfter(this.#sentUpTo);
    for (const frame of frames) {
      if (this.#o.transport.bufferedAmount > SEND_BUFFER_HIGH) return this.#pumpLater(DRAIN_POLL_MS);
      const now = Date.now();
      const wait = this.#pacer.wait(now);
      if (wait > 0) return this.#pumpLater(wait);
      this.#sentUpTo = frame.seq;
      if (this.#loseNext) {
        this.#loseNext = false;
        continue;
      }
      this.#send(SessionMessageType.output, frame.payload, frame.seq);
      this.#pacer.spend(now, frame.payload.length);
      this.#channel.delivered(frame.seq);
    }
    if (this.#state.is('closing') && this.#closeReason !== undefined) this.#finish(this.#closeReason);
  }

  #pumpLater(ms: number): void {
    this.#pumpTimer = setTimeout(() => {
      this.#pumpTimer = undefined;
      this.#pump();
    }, Math.max(1, Math.ceil(ms)));
  }

  #finish(reason: string): void {
    this.#status(SessionStatusCode.closed, reason);
    this.#o.transport.close(GatewayCloseCode.normal);
  }

  #armIdle(): void {
    this.#idle?.cancel();
    this.#idle = this.#o.clock.setTimeout(() => this.#channel.close('AgentTimeout'), this.#o.settings().idleTimeoutMs);
  }

  #stopTimers(): void {
    clearTimeout(this.#startTimer);
    clearTimeout(this.#pumpTimer);
    this.#pumpTimer = undefined;
    this.#idle?.cancel();
  }

  #status(code: number, text: string): void {
    this.#send(SessionMessageType.status, encodeStatus(code, text));
  }

  #send(type: number, payload: Uint8Array, outputSeq?: number): void {
    this.#write({ type, payload, sequence: this.#version === '1.02' ? this.#channel.inputAck : this.#counter++, outputSeq });
  }

  #write(m: { type: number; payload: Uint8Array; sequence: number; outputSeq?: number | undefined }): void {
    const is102 = this.#version === '1.02';
    const message: SessionMessage = {
      type: m.type,
      schemaVersion: this.#version,
      sessionId: is102 ? this.#channel.id : '',
      instanceId: '',
      createdAt: Date.now(),
      sequence: m.sequence,
      payload: m.payload,
      ...(is102 ? { outputSequence: m.outputSeq ?? this.#sentUpTo } : {}),
    };
    this.#o.transport.send(encodeSessionMessage(message));
  }
}
