import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';

// 1008 "policy violation": the session that opened the socket no longer allows it.
const NOT_ALLOWED = 1008;

/**
 * Pings a terminal's browser socket and rechecks the sign-in behind it. A half-open connection (a
 * laptop lid closed) never says goodbye: without this its terminal would never start its one-minute
 * countdown, and the keepalive would hold the shell open for good. A sign-out or revocation closes
 * the socket within one beat; the shell then ends unless its owner reconnects.
 */
export function watchTerminalSocket(socket: WebSocket, stillAllowed: () => Promise<boolean>, log: FastifyBaseLogger, beatMs = 30_000): void {
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
      (error: unknown) => log.error({ err: error }, 'could not recheck the session of a terminal socket'),
    );
  }, beatMs);
  socket.on('close', () => clearInterval(beat));
  socket.on('error', (error) => log.info({ err: error }, 'terminal socket failed'));
}
