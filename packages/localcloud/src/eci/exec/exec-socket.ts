import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { decodeExecClientFrame, encodeExecExit, encodeExecOutput, encodeExecReady, K8sChannel, type ExecFraming } from '@porthole/wire';
import type { ExecProcess } from './exec-process.ts';
import type { ExecRequest } from './exec-request.ts';
import type { ExecService } from './exec-service.ts';

export const EXEC_SOCKET_PATH = '/exec/';

/** Normal closure once the command has exited; 1011 when it could not be started. */
const CLOSE_NORMAL = 1000;
const CLOSE_SERVER_ERROR = 1011;
/** Output queued for a slow client beyond which the command's output stops being read, and where it resumes. */
const HIGH_WATER_BYTES = 1024 * 1024;
const LOW_WATER_BYTES = 256 * 1024;

/**
 * `GET /exec/?s=<token>`: the WebSocketUri of ExecContainerCommand. An unknown, used or expired token is refused
 * with 403 before the upgrade (the real status is unknown). The command starts when the socket opens and the socket
 * closes when it exits; closing the socket kills the command. Requires @fastify/websocket on the app.
 */
export async function execSocketRoutes(app: FastifyInstance, deps: { service: ExecService }): Promise<void> {
  const accepted = new WeakMap<FastifyRequest, ExecRequest>();
  app.get<{ Querystring: { s?: string } }>(
    EXEC_SOCKET_PATH,
    {
      websocket: true,
      preValidation: async (request, reply) => {
        const req = deps.service.tokens.take(request.query.s ?? '');
        if (!req) return reply.code(403).send({ Code: 'InvalidToken', Message: 'The exec URL is unknown, already used or expired.' });
        accepted.set(request, req);
      },
    },
    (socket, request) => {
      const req = accepted.get(request);
      if (req) serveExec(socket, req, deps.service);
      else socket.close(CLOSE_SERVER_ERROR);
    },
  );
}

/** Kubernetes v5's "close stream" frame (channel 255, then the stream): EOF on stdin for commands like `cat`. */
const K8S_CLOSE_CHANNEL = 255;

const exitMessage = (code: number, command: readonly string[]): string =>
  code === 0 ? '' : `command terminated with non-zero exit code: error executing command [${command.join(' ')}], exit code ${code}`;

function serveExec(socket: WebSocket, req: ExecRequest, service: ExecService): void {
  // The framing is fixed for the socket's life; a switch applies to sockets opened after it.
  const framing: ExecFraming = service.framing;
  let process: ExecProcess | undefined;
  // Frames that arrive while the sandbox is still being built are applied once the process exists.
  const early: Uint8Array[] = [];
  const apply = (running: ExecProcess, frame: Uint8Array) => {
    const decoded = decodeExecClientFrame(framing, frame);
    if (decoded.kind !== 'ok') return;
    const event = decoded.value;
    if (event.type === 'resize') return running.resize(event.cols, event.rows);
    if (!req.stdin) return;
    if (event.type === 'stdin') running.write(event.data);
    else if (event.channel === K8S_CLOSE_CHANNEL && event.data[0] === K8sChannel.stdin) running.endInput();
  };
  // Text and binary frames alike: a raw client may send keystrokes as text.
  socket.on('message', (data: Buffer) => {
    const frame = new Uint8Array(data);
    if (process) apply(process, frame);
    else early.push(frame);
  });
  socket.on('close', () => process?.kill());
  // Bytes handed to the socket but not yet written out: a slow reader pauses the command instead of growing memory.
  let queued = 0;
  let paused = false;
  const send = (frame: Uint8Array | undefined) => {
    if (!frame || socket.readyState !== socket.OPEN) return;
    queued += frame.length;
    socket.send(frame, { binary: true }, () => {
      queued -= frame.length;
      if (paused && queued <= LOW_WATER_BYTES) {
        paused = false;
        process?.resume();
      }
    });
    if (!paused && queued > HIGH_WATER_BYTES) {
      paused = true;
      process?.pause();
    }
  };

  service.start(req).then(
    (started) => {
      process = started;
      if (socket.readyState !== socket.OPEN) return started.kill();
      send(encodeExecReady(framing));
      started.onOutput((stream, data) => send(encodeExecOutput(framing, stream, data)));
      if (!req.stdin) started.endInput();
      for (const frame of early.splice(0)) apply(started, frame);
      void started.exited.then((code) => {
        send(encodeExecExit(framing, { exitCode: code, message: exitMessage(code, req.command) }));
        // Raw framing has no status frame: the close reason is the only place the exit code can go.
        if (socket.readyState === socket.OPEN) socket.close(CLOSE_NORMAL, `exit ${code}`);
      });
    },
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      if (socket.readyState === socket.OPEN) socket.close(CLOSE_SERVER_ERROR, why.slice(0, 120));
    },
  );
}
