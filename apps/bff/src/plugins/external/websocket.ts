import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// Server messages are small JSON frames and the browser sends little: a large frame is refused
// rather than buffered.
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** WebSocket routes (`websocket: true`). Upgrades pass the app's onRequest hooks first (session, access, Origin). */
async function websocketPlugin(app: FastifyInstance): Promise<void> {
  await app.register(websocket, { options: { maxPayload: MAX_PAYLOAD_BYTES } });
}

export default fp(websocketPlugin, { name: 'websocket' });
