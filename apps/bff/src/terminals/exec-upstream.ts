import type { CloudClient } from '@porthole/cloud';
import { decodeExecServerFrame, encodeExecResize, encodeExecStdin, type ExecExit, type ExecFraming } from '@porthole/wire';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { closeCodeWords } from './close-reasons.ts';
import { ConnectionState } from './session-state.ts';
import type { Upstream, UpstreamEvents } from './upstream.ts';
import { bytesOf, dialCloudSocket, PingClock } from './upstream-socket.ts';

export interface ExecTarget {
  readonly regionId: string;
  readonly containerGroupId: string;
  readonly containerName: string;
  readonly command: readonly string[];
  readonly cols: number;
  readonly rows: number;
}

export interface ExecOptions {
  /** The exec socket's framing is unconfirmed (protocols.md §2.2): `auto` probes the first frame. */
  readonly framing: ExecFraming | 'auto';
  readonly pingMs: number;
  readonly handshakeTimeoutMs: number;
  readonly log: FastifyBaseLogger;
}

export const EXEC_DEFAULTS: Omit<ExecOptions, 'log'> = { framing: 'auto', pingMs: 15_000, handshakeTimeoutMs: 10_000 };

const MAX_FRAME_BYTES = 256 * 1024;

/**
 * protocols.md §2.3: a k8s exec server's first frame is one byte, an empty stdout/stderr/error
 * channel frame; raw terminal bytes practically never are.
 */
function probeFraming(first: Uint8Array): ExecFraming {
  const byte = first[0];
  return first.byteLength === 1 && byte !== undefined && byte >= 1 && byte <= 3 ? 'k8s' : 'raw';
}

function exitWords(exit: ExecExit): string {
  if (exit.exitCode === 0) return 'the shell exited';
  if (exit.exitCode !== null) return `the shell exited with code ${exit.exitCode}`;
  return `the command failed: ${exit.message.slice(0, 200)}`;
}

/**
 * A shell in an ECI container: ExecContainerCommand (TTY, stdin) just in time, then its WebSocket.
 * The token is single-use and short-lived, so there is no re-attach: a dropped socket ends the shell.
 */
export function execUpstream(cloud: CloudClient, target: ExecTarget, options: ExecOptions, events: UpstreamEvents): Upstream {
  const state = new ConnectionState();
  const pings = new PingClock();
  const log = options.log.child({ upstream: 'eci-exec', containerGroupId: target.containerGroupId });
  let framing: ExecFraming | undefined = options.framing === 'auto' ? undefined : options.framing;
  let size = { cols: target.cols, rows: target.rows };
  let socket: WebSocket | undefined;
  let paused = false;
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let pinger: NodeJS.Timeout | undefined;
  let exit: ExecExit | undefined;

  const ready = () => socket !== undefined && socket.readyState === socket.OPEN && framing !== undefined;

  function sendResize(): void {
    if (!ready() || framing === undefined) return;
    const frame = encodeExecResize(framing, size.cols, size.rows);
    if (frame) socket?.send(frame);
  }

  function becomeReady(): void {
    if (state.current !== 'connecting') return;
    state.moveTo('connected');
    events.state('connected', '');
    sendResize();
    const pending = held;
    held = [];
    heldBytes = 0;
    for (const bytes of pending) if (framing) socket?.send(encodeExecStdin(framing, bytes));
  }

  function onMessage(bytes: Uint8Array): void {
    framing ??= probeFraming(bytes);
    becomeReady();
    const decoded = decodeExecServerFrame(framing, bytes);
    if (decoded.kind !== 'ok') return;
    const event = decoded.value;
    if (event.type === 'stdout' || event.type === 'stderr') {
      if (event.data.byteLength > 0) events.output(event.data);
    } else if (event.type === 'exit') {
      exit = event.exit;
    }
  }

  function finish(reason: string): void {
    if (state.ended) return;
    state.moveTo('ended');
    clearInterval(pinger);
    const closing = socket;
    socket = undefined;
    if (closing && closing.readyState !== closing.CLOSED) closing.close(1000);
    events.state('ended', reason);
  }

  function dial(url: string): void {
    const opened = dialCloudSocket(url, { handshakeTimeoutMs: options.handshakeTimeoutMs, maxPayloadBytes: MAX_FRAME_BYTES });
    socket = opened;
    if (paused) opened.pause();
    opened.on('open', () => {
      pinger = setInterval(() => pings.ping(opened), options.pingMs);
      pinger.unref();
      pings.ping(opened);
      // A raw server may stay silent until the shell prints: with a known framing, ready at once.
      if (framing !== undefined) becomeReady();
    });
    opened.on('pong', () => pings.pong());
    opened.on('message', (data: Buffer) => onMessage(bytesOf(data)));
    opened.on('error', (error: Error & { code?: string }) => log.warn({ errorCode: error.code ?? error.name }, 'exec socket error'));
    opened.on('close', (code: number) => {
      if (opened !== socket) return;
      finish(exit ? exitWords(exit) : code === 1000 && framing === 'raw' ? 'the shell exited' : closeCodeWords(code));
    });
  }

  return {
    open() {
      cloud
        .execContainerCommand({
          regionId: target.regionId,
          containerGroupId: target.containerGroupId,
          containerName: target.containerName,
          command: target.command,
          tty: true,
          stdin: true,
        })
        .then(
          (session) => {
            if (state.ended) return;
            if (!session.webSocketUri) {
              finish('the cloud gave no exec socket');
              return;
            }
            log.info({ cloudRequestId: session.requestId }, 'exec session started');
            dial(session.webSocketUri.reveal());
          },
          (error: unknown) => {
            log.warn({ err: error }, 'ExecContainerCommand failed');
            finish(`the cloud refused to start the shell: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
    },
    input(bytes) {
      if (state.ended) return;
      if (!ready() || framing === undefined) {
        held.push(bytes.slice());
        heldBytes += bytes.byteLength;
        return;
      }
      socket?.send(encodeExecStdin(framing, bytes));
    },
    resize(cols, rows) {
      size = { cols, rows };
      sendResize();
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
      return heldBytes + (socket?.bufferedAmount ?? 0);
    },
    end(reason) {
      finish(reason);
    },
  };
}
