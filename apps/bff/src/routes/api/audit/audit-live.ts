import { socketRoutes } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { socketRoute } from '../../socket-route.ts';
import { followAuditTrail } from './live-feed.ts';

/** WS /api/audit/live: the audit page's live tail (admins; session and Origin checked before the upgrade). */
export default async function auditLive(app: FastifyInstance): Promise<void> {
  app.route({
    ...socketRoute(socketRoutes.auditLive),
    // With `websocket: true` this handles the upgraded socket; a plain GET gets 404 from @fastify/websocket.
    handler: (socket: WebSocket, request: FastifyRequest) => {
      const tokenHash = request.authSession?.tokenHash;
      const stillAllowed = async () => {
        if (tokenHash === undefined) return false;
        const found = await app.storage.sessions.findValid(tokenHash, app.auth.now());
        return found?.user.role === 'admin';
      };
      followAuditTrail(socket, app.audit, stillAllowed, request.log);
    },
  });
}
