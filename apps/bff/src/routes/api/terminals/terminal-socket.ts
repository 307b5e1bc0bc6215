import { socketRoutes } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { BROWSER_CLOSE } from '../../../terminals/browser-link.ts';
import { socketRoute } from '../../socket-route.ts';
import { keepSocketChecked } from '../../socket-heartbeat.ts';
import { visibleTerminal } from './terminal-access.ts';

/**
 * WS /api/terminals/:terminalId/socket?resumeFrom=N: the terminal's binary frames both ways. The
 * session, role and Origin are checked before the upgrade; whose terminal it is, after (closed with
 * 4404 when it is not the caller's, the same as when it does not exist).
 */
export default async function terminalSocket(app: FastifyInstance): Promise<void> {
  app.route({
    ...socketRoute(socketRoutes.terminal),
    handler: (socket: WebSocket, request: FastifyRequest) => {
      const { terminalId } = request.params as { terminalId: string };
      const { resumeFrom } = request.query as { resumeFrom?: number };
      const terminal = visibleTerminal(app, request, terminalId);
      if (!terminal) {
        socket.close(BROWSER_CLOSE.notFound, 'no such terminal');
        return;
      }
      const tokenHash = request.authSession?.tokenHash;
      const ownerId = request.user?.id;
      // Without the beat a half-open socket would never start its terminal's one-minute countdown, and
      // the keepalive would hold the shell open for good.
      keepSocketChecked(socket, {
        stillAllowed: async () => {
          if (tokenHash === undefined) return false;
          const user = (await app.storage.sessions.findValid(tokenHash, app.auth.now()))?.user;
          // Still signed in as the same user, still allowed shells, still the owner (or an admin).
          return user !== undefined && user.id === ownerId && user.role !== 'viewer' && (user.id === terminal.owner.id || user.role === 'admin');
        },
        log: request.log,
        what: 'a terminal socket',
        beatMs: 30_000,
      });
      terminal.attach(socket, resumeFrom, request);
    },
  });
}
