import type { FastifyInstance } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { SessionManager } from './session-manager.ts';
import type { SocketTransport } from './socket-transport.ts';

export const SESSION_SOCKET_PATH = '/session';

interface SessionQuery {
  sessionId?: string;
  /** The CLI rewrites this to `sessionId`, so some URLs evidently carry it lower-case (protocols.md §1.3). */
  sessionid?: string;
  token?: string;
  channelId?: string;
}

const SESSION_TOKEN_HEADER = 'x-acs-session-token';

function credentialsOf(query: SessionQuery, header: unknown): { sessionId: string; token: string } {
  // The CLI sends the header empty, so an empty header means "look in the query".
  const fromHeader = typeof header === 'string' && header !== '' ? header : undefined;
  return { sessionId: query.sessionId ?? query.sessionid ?? '', token: fromHeader ?? query.token ?? '' };
}

function transportOf(socket: WebSocket): SocketTransport {
  return {
    send: (bytes) => socket.send(bytes, { binary: true }),
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
    close: (code) => (code === undefined ? socket.close() : socket.close(code)),
    terminate: () => socket.terminate(),
  };
}

const bytesOf = (data: RawData): Uint8Array => (Array.isArray(data) ? Buffer.concat(data) : new Uint8Array(data as ArrayBuffer | Buffer));

/**
 * `GET /session?sessionId=…&token=…[&channelId=…]`, the WebSocketUrl of StartTerminalSession. A bad, expired
 * or ended URL is refused with an HTTP error before the upgrade (the real status is [UNK]); Origin and
 * subprotocols are ignored. Needs @fastify/websocket registered on the server.
 */
export async function sessionSocketRoutes(app: FastifyInstance, deps: { manager: SessionManager }): Promise<void> {
  app.get<{ Querystring: SessionQuery }>(
    SESSION_SOCKET_PATH,
    {
      websocket: true,
      preValidation: async (request, reply) => {
        const { sessionId, token } = credentialsOf(request.query, request.headers[SESSION_TOKEN_HEADER]);
        const refusal = deps.manager.refusal(sessionId, token, request.query.channelId);
        if (refusal) return reply.code(refusal.httpStatus).send({ Code: 'InvalidSession', Message: refusal.message });
      },
    },
    (socket, request) => {
      const { sessionId } = credentialsOf(request.query, request.headers[SESSION_TOKEN_HEADER]);
      const session = deps.manager.attach(sessionId, transportOf(socket), request.query.channelId);
      socket.on('message', (data) => session.receive(bytesOf(data)));
      socket.on('close', (code) => session.peerClosed(code));
      socket.on('error', () => socket.terminate());
    },
  );
}
