import { randomUUID } from 'node:crypto';
import type { CloudClient } from '@porthole/cloud';
import {
  decodeSessionMessage,
  decodeStatus,
  decodeStreamStatus,
  decodeSync,
  encodeSetSize,
  isResumableSessionClose,
  SessionMessageType,
  SessionStatusCode,
  type SessionMessage,
  type SessionSchemaVersion,
} from '@porthole/wire';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { closeCodeWords, closedReasonWords } from './close-reasons.ts';
import { ConnectionState } from './session-state.ts';
import { InputPacer } from './input-pacer.ts';
import { SessionChannel } from './session-channel.ts';
import type { Upstream, UpstreamEvents } from './upstream.ts';
import { bytesOf, dialCloudSocket, PingClock } from './upstream-socket.ts';

export interface SessionManagerTarget {
  readonly regionId: string;
  readonly instanceId: string;
  readonly username?: string | undefined;
  readonly commandLine?: string | undefined;
  readonly cols: number;
  readonly rows: number;
}

export interface SessionManagerOptions {
  /** The version spoken first; a gateway that answers in 1.01 without a channel id gets 1.01. */
  readonly protocol: SessionSchemaVersion;
  /** A same-size resize after this long without any client message: well under the agent's 180 s idle cut. */
  readonly keepaliveMs: number;
  readonly pingMs: number;
  readonly handshakeTimeoutMs: number;
  /** Re-attach attempts (1.02 `&channelId=` + Sync) per drop, and the pause before each. */
  readonly resumeAttempts: number;
  readonly resumeDelayMs: number;
  /** The signed URL's life (10 min): no re-attach is tried after it. */
  readonly urlLifetimeMs: number;
  /** Input kept for a resend after a re-attach (1.02), at most; older input is forgotten. */
  readonly maxUnackedInputBytes: number;
  readonly log: FastifyBaseLogger;
}

export const SESSION_MANAGER_DEFAULTS: Omit<SessionManagerOptions, 'log'> = {
  protocol: '1.02',
  keepaliveMs: 50_000,
  pingMs: 15_000,
  handshakeTimeoutMs: 10_000,
  resumeAttempts: 3,
  resumeDelayMs: 1_000,
  urlLifetimeMs: 10 * 60_000,
  maxUnackedInputBytes: 1024 * 1024,
};

// The agent's start-up window is 1 s; a shell silent for longer than this after Opened is up anyway.
const STARTUP_GRACE_MS = 1_500;

const TAIL_SYNC_MS = 500;

// Cloud output frames are at most 1 KiB (2 KiB for ports); anything much larger is not a gateway.
const MAX_FRAME_BYTES = 256 * 1024;

/**
 * A shell on an ECS instance through Cloud Assistant Session Manager: StartTerminalSession just in
 * time, then the gateway's WebSocket. Holds input until the shell is ready (the agent drops what
 * arrives in its first second), keeps the session alive under the 3-minute idle cut, and re-attaches
 * after a gateway restart (1.02 `&channelId=` + Sync) without losing or repeating output.
 */
export function sessionManagerUpstream(cloud: CloudClient, target: SessionManagerTarget, options: SessionManagerOptions, events: UpstreamEvents): Upstream {
  const state = new ConnectionState();
  const channel = new SessionChannel(options.protocol, options.maxUnackedInputBytes);
  const pings = new PingClock();
  let size = { cols: target.cols, rows: target.rows };
  let socket: WebSocket | undefined;
  let url: string | undefined;
  let sessionId: string | undefined;
  let startedAt = 0;
  let attached = false;
  let shellStarted = false;
  let startup: NodeJS.Timeout | undefined;
  let tailSync: NodeJS.Timeout | undefined;
  let paused = false;
  let firstFrame = true;
  let attempts = 0;
  let lastStatus: string | undefined;
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let keepalive: NodeJS.Timeout | undefined;
  let pinger: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const log = options.log.child({ upstream: 'session-manager', instanceId: target.instanceId });

  function canSend(): boolean {
    return socket !== undefined && socket.readyState === socket.OPEN && attached && shellStarted;
  }

  // Input and resizes, in sequence order, at the session's bandwidth; dropped while the socket is down
  // (1.02 resends them from its unacknowledged queue when the gateway asks).
  const pacer = new InputPacer((frame) => {
    if (canSend()) socket?.send(frame);
  });

  function send(frame: Uint8Array): void {
    if (canSend()) pacer.push(frame);
    armKeepalive();
  }

  function armKeepalive(): void {
    clearTimeout(keepalive);
    if (state.ended) return;
    // Output does not reset the agent's idle counter; only client messages do. A same-size resize is
    // carried to the agent by the gateway (an empty Input may not be) and changes nothing on screen.
    keepalive = setTimeout(() => {
      if (canSend()) send(channel.setSize(encodeSetSize(size.cols, size.rows, 'binary')));
      else armKeepalive();
    }, options.keepaliveMs);
    keepalive.unref();
  }

  /** Status Opened, or any Output: the channel is usable (again). */
  function becomeAttached(): void {
    if (attached) return;
    attached = true;
    if (state.current === 'connecting') {
      state.moveTo('connected');
      events.state('connected', '');
    } else if (state.current === 'reconnecting') {
      state.moveTo('resumed');
      events.state('resumed', '');
    }
    if (!shellStarted) {
      // A shell that prints nothing at first (a CommandLine such as `cat`) must still get input:
      // after the agent's start-up second it takes what we send.
      clearTimeout(startup);
      startup = setTimeout(shellIsUp, STARTUP_GRACE_MS);
    }
  }

  /**
   * The agent drops input and resizes until its PTY exists (protocols.md §1.7, §1.12), and Opened
   * comes before that: so the size and what the user typed go out after the first Output.
   */
  function shellIsUp(): void {
    clearTimeout(startup);
    if (shellStarted || state.ended) return;
    shellStarted = true;
    send(channel.setSize(encodeSetSize(size.cols, size.rows, 'binary')));
    const pending = held;
    held = [];
    heldBytes = 0;
    for (const bytes of pending) for (const frame of channel.input(bytes)) send(frame);
  }

  function onMessage(data: Buffer | ArrayBuffer | Buffer[]): void {
    const decoded = decodeSessionMessage(bytesOf(data), { layout: channel.version });
    if (decoded.kind !== 'ok') {
      log.warn({ decode: decoded.kind }, 'dropped an undecodable frame from the session gateway');
      return;
    }
    const message = decoded.value;
    if (firstFrame) {
      firstFrame = false;
      // A 1.01-only gateway: the version label and no channel id. (A 1.02 gateway may label Output with
      // the agent's 1.01, but it fills the channel id.)
      if (channel.version === '1.02' && message.schemaVersion === '1.01' && message.sessionId === '') {
        log.info('the session gateway answers in 1.01: speaking 1.01, no resume');
        channel.downgrade();
      }
    }
    // The sample keeps the first non-empty channel id it sees; re-attaching uses it.
    if (channel.version === '1.02' && channel.channelId === '' && message.sessionId !== '') channel.channelId = message.sessionId;
    switch (message.type) {
      case SessionMessageType.output:
        return onOutput(message);
      case SessionMessageType.status:
        return onStatus(message);
      case SessionMessageType.sync: {
        const sync = decodeSync(message);
        // What the pacer still holds was never sent: it goes in its turn, not twice.
        if (sync) for (const frame of channel.resendFrom(sync.inputSeq)) if (!pacer.isQueued(frame)) socket?.send(frame);
        return;
      }
      default:
        return;
    }
  }

  function onOutput(message: SessionMessage): void {
    const verdict = channel.acceptOutput(message);
    if (verdict.kind === 'gap') {
      socket?.send(channel.sync());
      return;
    }
    if (verdict.kind === 'duplicate') return;
    becomeAttached();
    shellIsUp();
    armTailSync();
    if (verdict.bytes.byteLength > 0) events.output(verdict.bytes);
  }

  // A lost Output is only noticed when a later one arrives; if it was the last of a burst (the prompt),
  // none does. A Sync once output has been quiet for a moment asks the gateway for anything after ours.
  function armTailSync(): void {
    if (channel.version !== '1.02') return;
    clearTimeout(tailSync);
    tailSync = setTimeout(() => {
      // While a paste is being paced our Sync would claim input still queued here; later output re-arms this.
      if (canSend() && pacer.queuedBytes === 0) socket?.send(channel.sync());
    }, TAIL_SYNC_MS);
    tailSync.unref();
  }

  function onStatus(message: SessionMessage): void {
    const status = decodeStatus(message.payload);
    if (!status) return;
    switch (status.code) {
      case SessionStatusCode.opened:
        return becomeAttached();
      case SessionStatusCode.closed:
      case SessionStatusCode.exited:
      case SessionStatusCode.aborted:
        lastStatus = closedReasonWords(status.text);
        return finish(lastStatus, status.code === SessionStatusCode.closed && status.text.trim() === 'Exit');
      case SessionStatusCode.stream: {
        const bps = decodeStreamStatus(message.payload);
        if (bps !== undefined) pacer.bitsPerSecond = bps;
        log.debug({ bps }, 'session bandwidth');
        return;
      }
      case SessionStatusCode.frozen:
        lastStatus = 'the cloud gateway is restarting';
        return;
      default:
        return;
    }
  }

  function resumable(code: number): boolean {
    if (channel.version !== '1.02' || channel.channelId === '' || url === undefined) return false;
    if (Date.now() - startedAt > options.urlLifetimeMs) return false;
    // 1006 (a network drop) is not resumed by the sample and may not be by the gateway: one try.
    const limit = code === 1006 ? 1 : options.resumeAttempts;
    return (isResumableSessionClose(code) || code === 1006) && attempts < limit;
  }

  function onClose(closed: WebSocket, code: number): void {
    if (closed !== socket || state.ended) return;
    socket = undefined;
    attached = false;
    clearInterval(pinger);
    if (!resumable(code)) {
      finish(lastStatus ?? closeCodeWords(code), false);
      return;
    }
    attempts += 1;
    if (state.can('reconnecting')) {
      state.moveTo('reconnecting');
      events.state('reconnecting', closeCodeWords(code));
    }
    retry = setTimeout(() => {
      const separator = url?.includes('?') ? '&' : '?';
      dial(`${url}${separator}channelId=${encodeURIComponent(channel.channelId)}`, true);
    }, options.resumeDelayMs);
  }

  function dial(address: string, resuming: boolean): void {
    const opened = dialCloudSocket(address, { handshakeTimeoutMs: options.handshakeTimeoutMs, maxPayloadBytes: MAX_FRAME_BYTES });
    socket = opened;
    if (paused) opened.pause();
    opened.binaryType = 'nodebuffer';
    opened.on('open', () => {
      pinger = setInterval(() => pings.ping(opened), options.pingMs);
      pinger.unref();
      pings.ping(opened);
      // Re-attached: say what we have; the gateway resends the output we missed and asks (Sync) for input it missed.
      if (resuming) opened.send(channel.sync());
    });
    opened.on('pong', () => pings.pong());
    opened.on('message', (data: Buffer) => {
      // A successful re-attach earns a fresh set of attempts for the next drop.
      if (resuming) attempts = 0;
      onMessage(data);
    });
    // ws reports the reason before 'close'; the message may quote the URL, so only its kind is logged.
    opened.on('error', (error: Error & { code?: string }) => log.warn({ errorCode: error.code ?? error.name }, 'session gateway socket error'));
    opened.on('close', (code: number) => onClose(opened, code));
  }

  function finish(reason: string, normal: boolean): void {
    if (state.ended) return;
    state.moveTo('ended');
    clearTimeout(keepalive);
    clearTimeout(retry);
    clearTimeout(startup);
    clearInterval(pinger);
    const closing = socket;
    socket = undefined;
    if (closing && closing.readyState !== closing.CLOSED) closing.close(1000);
    if (sessionId !== undefined && !normal) {
      // Frees the gateway's slot (20 per instance) now rather than at the URL's expiry.
      cloud.endTerminalSession(target.regionId, sessionId).catch((error: unknown) => log.warn({ err: error }, 'EndTerminalSession failed'));
    }
    events.state('ended', reason);
  }

  return {
    open() {
      startedAt = Date.now();
      cloud
        .startTerminalSession({
          regionId: target.regionId,
          instanceId: target.instanceId,
          username: target.username,
          commandLine: target.commandLine,
          clientToken: randomUUID(),
        })
        .then(
          (session) => {
            sessionId = session.sessionId;
            url = session.webSocketUrl.reveal();
            if (state.ended) {
              cloud.endTerminalSession(target.regionId, session.sessionId).catch(() => undefined);
              return;
            }
            log.info({ sessionId, cloudRequestId: session.requestId }, 'terminal session started');
            dial(url, false);
            armKeepalive();
          },
          (error: unknown) => {
            log.warn({ err: error }, 'StartTerminalSession failed');
            finish(`the cloud refused to start the session: ${error instanceof Error ? error.message : String(error)}`, true);
          },
        );
    },
    input(bytes) {
      if (state.ended) return;
      if (!shellStarted || (!canSend() && channel.version === '1.01')) {
        // Typed before the shell is ready (the agent would drop it), or while a 1.01 channel (no
        // resend) re-attaches: held here. The relay stops reading the browser before this overflows.
        held.push(bytes.slice());
        heldBytes += bytes.byteLength;
        return;
      }
      // 1.02 while re-attaching: framed and kept unacknowledged; the gateway's Sync asks for it.
      for (const frame of channel.input(bytes)) send(frame);
    },
    resize(cols, rows) {
      size = { cols, rows };
      if (canSend()) send(channel.setSize(encodeSetSize(cols, rows, 'binary')));
    },
    pause() {
      paused = true;
      socket?.pause();
    },
    resume() {
      paused = false;
      socket?.resume();
    },
    get rttMs() {
      return pings.rttMs;
    },
    get pendingInputBytes() {
      return heldBytes + pacer.queuedBytes + (socket?.bufferedAmount ?? 0);
    },
    end(reason) {
      finish(reason, false);
    },
  };
}
