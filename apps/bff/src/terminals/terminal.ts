import type { TerminalSummary } from '@porthole/contract';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { BROWSER_CLOSE, BrowserLink, type BrowserFrame } from './browser-link.ts';
import { FlowWindow } from './flow-window.ts';
import { ReplayBuffer } from './replay-buffer.ts';
import type { Recorder } from '../recordings/index.ts';
import type { TerminalOwner, TerminalSpec, TerminalState } from './terminal-spec.ts';
import type { Upstream, UpstreamFactory, UpstreamState } from './upstream.ts';
import type { WebSocket } from 'ws';

export interface RelayLimits {
  readonly replayBytes: number;
  readonly highWaterBytes: number;
  readonly lowWaterBytes: number;
  /** Input the cloud socket has not taken yet, at most, before the browser is no longer read. */
  readonly maxPendingInputBytes: number;
  /** How long a terminal waits for its browser to come back before it ends the shell. */
  readonly orphanMs: number;
}

export const RELAY_DEFAULTS: RelayLimits = {
  replayBytes: 1024 * 1024,
  highWaterBytes: 256 * 1024,
  lowWaterBytes: 64 * 1024,
  maxPendingInputBytes: 256 * 1024,
  orphanMs: 60_000,
};

/** What starting a terminal involves besides the socket: the audit entry and the recorder. */
export interface TerminalLifecycle {
  /** Runs when the first browser socket connects; returns the recorder. Rejects to refuse the start. */
  start(terminal: Terminal, request: FastifyRequest): Promise<Recorder>;
  /** Runs once, when the terminal ends; `connected` says whether the cloud session ever came up. */
  ended(terminal: Terminal, reason: string, connected: boolean): Promise<void>;
}

const INPUT_DRAIN_POLL_MS = 20;

/**
 * One shell relayed between a browser and the cloud. The cloud session opens just in time (when the
 * first browser socket connects), output goes into a bounded replay buffer and to the browser with its
 * offset, and the browser's acks drive the flow window that pauses the cloud socket. A browser may
 * drop and come back within `orphanMs` with `resumeFrom`; the shell keeps running meanwhile (paused
 * once the window fills).
 */
export class Terminal {
  readonly id: string;
  readonly owner: TerminalOwner;
  readonly spec: TerminalSpec;
  readonly createdAt = new Date();
  recordingId: string | null = null;
  auditId: string | null = null;
  #state: TerminalState = 'reserved';
  #endReason: string | null = null;
  #connected = false;
  #size: { cols: number; rows: number };
  readonly #limits: RelayLimits;
  readonly #replay: ReplayBuffer;
  readonly #flow: FlowWindow;
  readonly #lifecycle: TerminalLifecycle;
  readonly #makeUpstream: UpstreamFactory;
  readonly #log: FastifyBaseLogger;
  #upstream: Upstream | undefined;
  #recorder: Recorder | undefined;
  #browser: BrowserLink | undefined;
  #orphan: NodeJS.Timeout | undefined;
  #inputDrain: NodeJS.Timeout | undefined;
  #ending: Promise<void> | undefined;

  constructor(id: string, owner: TerminalOwner, spec: TerminalSpec, deps: { limits: RelayLimits; lifecycle: TerminalLifecycle; upstream: UpstreamFactory; log: FastifyBaseLogger }) {
    this.id = id;
    this.owner = owner;
    this.spec = spec;
    this.#size = { cols: spec.cols, rows: spec.rows };
    this.#limits = deps.limits;
    this.#replay = new ReplayBuffer(deps.limits.replayBytes);
    this.#flow = new FlowWindow({ highWaterBytes: deps.limits.highWaterBytes, lowWaterBytes: deps.limits.lowWaterBytes });
    this.#lifecycle = deps.lifecycle;
    this.#makeUpstream = deps.upstream;
    this.#log = deps.log.child({ terminalId: id });
  }

  get state(): TerminalState {
    return this.#state;
  }

  get ended(): boolean {
    return this.#state === 'ended';
  }

  /** Output bytes the relay holds for this terminal now: replay history plus what the browser socket queues. */
  get bufferedBytes(): number {
    return this.#replay.heldBytes + (this.#browser?.bufferedBytes ?? 0);
  }

  /** Output sent to the browser but not yet rendered there: at most the high-water mark plus one frame. */
  get unackedBytes(): number {
    return this.#flow.unacked;
  }

  summary(socketPath: string): TerminalSummary {
    return {
      id: this.id,
      kind: this.spec.kind,
      regionId: this.spec.regionId,
      targetId: this.spec.targetId,
      targetName: this.spec.targetName,
      containerName: this.spec.containerName,
      username: this.spec.username,
      commandLine: this.spec.commandLine,
      state: this.#state,
      endReason: this.#endReason,
      createdAt: this.createdAt.toISOString(),
      socketPath,
      recordingId: this.recordingId,
    };
  }

  /** A browser socket for this terminal (the caller checked who it is). Replaces an older one. */
  attach(socket: WebSocket, resumeFrom: number | undefined, request: FastifyRequest): void {
    const previous = this.#browser;
    const link = new BrowserLink(
      socket,
      (frame) => this.#onBrowserFrame(link, frame),
      () => this.#onBrowserClose(link),
    );
    this.#browser = link;
    previous?.close(BROWSER_CLOSE.replaced, 'replaced by a newer connection');
    clearTimeout(this.#orphan);

    if (this.#state === 'ended') {
      link.state('ended', this.#endReason ?? 'ended');
      link.close(BROWSER_CLOSE.ended, 'ended');
      return;
    }
    if (this.#state === 'reserved') {
      this.#start(request);
      return;
    }
    const from = resumeFrom ?? this.#replay.start;
    const missing = this.#replay.since(from);
    if (!missing) {
      link.state('ended', 'resume impossible: the output since then is no longer buffered');
      link.close(BROWSER_CLOSE.resumeImpossible, 'resume impossible');
      return;
    }
    // The browser has everything before `from`: that much counts as rendered.
    this.#applyFlow(this.#flow.ack(from));
    // 'resumed' tells the browser its shell carried on; before the shell is up it is still 'connecting'.
    link.state(resumeFrom !== undefined && this.#state === 'connected' ? 'resumed' : this.#browserState(), '');
    let offset = from;
    for (const chunk of missing) {
      link.output(offset, chunk);
      offset += chunk.byteLength;
    }
  }

  /** Ends the shell and the cloud session; idempotent. */
  end(reason: string): Promise<void> {
    if (this.#ending) return this.#ending;
    this.#state = 'ended';
    this.#endReason = reason;
    clearTimeout(this.#orphan);
    clearTimeout(this.#inputDrain);
    this.#upstream?.end(reason);
    const browser = this.#browser;
    browser?.state('ended', reason);
    browser?.close(BROWSER_CLOSE.ended, 'ended');
    const recorder = this.#recorder;
    this.#ending = (async () => {
      try {
        await recorder?.close(reason);
      } catch (error) {
        this.#log.error({ err: error }, 'could not close the recording');
      }
      try {
        await this.#lifecycle.ended(this, reason, this.#connected);
      } catch (error) {
        this.#log.error({ err: error }, 'could not settle the terminal');
      }
    })();
    return this.#ending;
  }

  #browserState(): 'connecting' | 'connected' | 'reconnecting' {
    return this.#state === 'connected' || this.#state === 'reconnecting' ? this.#state : 'connecting';
  }

  #start(request: FastifyRequest): void {
    this.#state = 'connecting';
    this.#browser?.state('connecting', '');
    this.#lifecycle.start(this, request).then(
      (recorder) => {
        this.#recorder = recorder;
        if (this.ended) {
          recorder.close(this.#endReason ?? 'ended').catch(() => undefined);
          return;
        }
        this.recordingId = recorder.id;
        this.#upstream = this.#makeUpstream(
          { output: (bytes) => this.#onOutput(bytes), state: (state, reason) => this.#onUpstreamState(state, reason) },
          this.#size,
        );
        this.#upstream.open();
      },
      (error: unknown) => {
        this.#log.error({ err: error }, 'could not start the terminal');
        void this.end('the terminal could not be started');
      },
    );
  }

  #onOutput(bytes: Uint8Array): void {
    const offset = this.#replay.end;
    this.#replay.append(bytes);
    this.#recorder?.output(bytes);
    this.#browser?.output(offset, bytes);
    this.#applyFlow(this.#flow.produced(bytes.byteLength));
  }

  #onUpstreamState(state: UpstreamState, reason: string): void {
    if (state === 'ended') {
      void this.end(reason);
      return;
    }
    if (state === 'connected') this.#connected = true;
    this.#state = state === 'reconnecting' ? 'reconnecting' : state === 'connecting' ? 'connecting' : 'connected';
    this.#browser?.state(state, reason);
  }

  #onBrowserFrame(link: BrowserLink, frame: BrowserFrame): void {
    if (link !== this.#browser || this.ended) return;
    switch (frame.type) {
      case 'input':
        this.#recorder?.input(frame.data);
        this.#upstream?.input(frame.data);
        this.#watchInputBacklog(link);
        return;
      case 'resize':
        if (frame.cols < 1 || frame.rows < 1 || frame.cols > 1000 || frame.rows > 500) return;
        this.#size = { cols: frame.cols, rows: frame.rows };
        this.#recorder?.resize(frame.cols, frame.rows);
        this.#upstream?.resize(frame.cols, frame.rows);
        return;
      case 'ack':
        this.#applyFlow(this.#flow.ack(frame.rendered));
        return;
      case 'ping':
        link.pong(frame.id, frame.sentAt, this.#upstream?.rttMs ?? null);
        return;
    }
  }

  // Paste faster than the cloud takes it: stop reading the browser until the cloud socket drains.
  #watchInputBacklog(link: BrowserLink): void {
    if (this.#inputDrain !== undefined || (this.#upstream?.pendingInputBytes ?? 0) <= this.#limits.maxPendingInputBytes) return;
    link.pause();
    const poll = () => {
      if (this.ended || link !== this.#browser || (this.#upstream?.pendingInputBytes ?? 0) <= this.#limits.maxPendingInputBytes / 2) {
        this.#inputDrain = undefined;
        link.resume();
        return;
      }
      this.#inputDrain = setTimeout(poll, INPUT_DRAIN_POLL_MS);
    };
    this.#inputDrain = setTimeout(poll, INPUT_DRAIN_POLL_MS);
  }

  #applyFlow(signal: 'pause' | 'resume' | 'none'): void {
    if (signal === 'pause') this.#upstream?.pause();
    else if (signal === 'resume') this.#upstream?.resume();
  }

  #onBrowserClose(link: BrowserLink): void {
    if (link !== this.#browser) return;
    this.#browser = undefined;
    if (this.ended) return;
    this.#orphan = setTimeout(() => void this.end('the browser did not come back within a minute'), this.#limits.orphanMs);
  }

  /** The current size (after the browser's resizes). */
  get size(): { cols: number; rows: number } {
    return this.#size;
  }
}
