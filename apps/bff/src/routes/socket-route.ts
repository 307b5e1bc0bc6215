import type { SocketDescriptor } from '@porthole/contract';

/**
 * The url, schemas and access of a contract WebSocket route, for
 * `app.route({ ...socketRoute(d), handler: (socket, request) => ... })` with @fastify/websocket.
 * The upgrade passes the app's onRequest hooks first, so the session, role and Origin are checked
 * (and refused with an HTTP response) before the 101.
 */
export function socketRoute<const S extends SocketDescriptor>(descriptor: S) {
  const { url, params, querystring, access } = descriptor;
  const parts = Object.entries({ params, querystring }).filter(([, schema]) => schema !== undefined);
  return {
    method: 'GET' as const,
    url,
    websocket: true as const,
    schema: Object.fromEntries(parts) as { params: S['params']; querystring: S['querystring'] },
    config: { access },
  };
}
