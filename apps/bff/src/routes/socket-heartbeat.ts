import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';

// 1008 "policy violation": the session that opened the socket no longer allows it.
const NOT_ALLOWED = 1008;

export interface SocketHeartbeat {
  /** Whether the socket's session still allows it (not signed out, revoked, expired or demoted). */
  readonly stillAllowed: () => Promise<boolean>;
  readonly log: FastifyBaseLogger;
  /** What the socket is, for log lines: "an audit live socket", "a terminal socket". */
  readonly what: string;
  readonly beatMs: number;
}

/**
 * Pings a browser socket and rechecks the sign-in behind it on every beat. A half-open connection (a
 * laptop lid closed) never says goodbye: a ping it has not answered by the next beat ends it. The
 * upgrade checked the session once; each beat checks it again, so a sign-out or revocation closes the
 * socket within one beat. Shared by every WebSocket route.
 */
export function keepSocketChecked(socket: WebSocket, { stillAllowed, log, what, beatMs }: SocketHeartbeat): void {
  let alive = true;
  socket.on('pong', () => {
    alive = true;
  });
  const beat = setInterval(() => {
    if (!alive) {
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
    stillAllowed().then(
      (allowed) => {
        if (!allowed) socket.close(NOT_ALLOWED, 'the session has ended');
      },
      (error: unknown) => log.error({ err: error }, `could not recheck the session of ${what}`),
    );
  }, beatMs);
  socket.on('close', () => clearInterval(beat));
  socket.on('error', (error) => log.info({ err: error }, `${what} failed`));
}
