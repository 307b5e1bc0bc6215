import { randomUUID } from 'node:crypto';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { systemClock, type Clock } from './clock.ts';
import { AccessKeyStore, type AccessKey } from './gateway/access-keys.ts';
import { adminRoutes, type SessionAdmin } from './gateway/admin-routes.ts';
import { GENERIC_RESPONDER, sendApiError } from './gateway/error-reply.ts';
import { NO_FAULTS, validateFaults, type FaultSettings } from './gateway/faults.ts';
import { gatewayErrors } from './gateway/gateway-errors.ts';
import { NonceCache } from './gateway/nonce-cache.ts';
import { rpcRoutes } from './gateway/rpc-routes.ts';
import { TokenBucketThrottle } from './gateway/throttle.ts';
import type { ProductApi } from './operation.ts';

export interface GatewayOptions {
  readonly products: readonly ProductApi[];
  readonly keys: readonly AccessKey[];
  readonly adminToken: string;
  readonly clock?: Clock;
  readonly faults?: Partial<FaultSettings>;
  /** Request logging to stdout; off by default. Secrets, signatures and query strings are never logged. */
  readonly logger?: boolean;
  /** Source of the fault-injection dice; Math.random unless a test pins it. */
  readonly random?: () => number;
  /** WebSocket endpoints (the Session Manager's /session, ECI exec), registered after @fastify/websocket. */
  readonly socketRoutes?: readonly FastifyPluginAsync[];
  /** The Session Manager's settings and fault switches under /__localcloud/sessions/*. */
  readonly sessionAdmin?: SessionAdmin;
}

// Terminal frames are at most 64 KiB of payload (1.02 msgLength) plus the header; larger ones are refused.
const MAX_SOCKET_FRAME_BYTES = 128 * 1024;

// A ~24 KB RunCommand travels in the query string; Node's default 16 KiB header limit answers 431.
const MAX_HEADER_BYTES = 64 * 1024;

function loggerOptions(enabled: boolean): FastifyServerOptions['logger'] {
  if (!enabled) return false;
  return {
    level: 'info',
    // The default serialiser logs the URL, whose query carries V1 Signature and SecurityToken.
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
    },
  };
}

/** The gateway over the given products: authentication, dispatch, errors and fault injection. */
export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock;
  let faults = validateFaults({ ...NO_FAULTS, ...options.faults });
  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    // Fastify's request id doubles as the RequestId of the answer, so log lines and replies correlate.
    genReqId: () => randomUUID().toUpperCase(),
  });

  app.setNotFoundHandler((request, reply) => sendApiError(reply, gatewayErrors.actionNotFound(), request.id, GENERIC_RESPONDER));
  await app.register(adminRoutes, {
    adminToken: options.adminToken,
    faults: { get: () => faults, set: (next) => (faults = next) },
    ...(options.sessionAdmin ? { sessions: options.sessionAdmin } : {}),
  });
  await app.register(websocket, { options: { maxPayload: MAX_SOCKET_FRAME_BYTES } });
  for (const routes of options.socketRoutes ?? []) await app.register(routes);
  await app.register(rpcRoutes, {
    products: options.products,
    auth: { keys: new AccessKeyStore(options.keys), nonces: new NonceCache(), now: () => clock.now() },
    faults: () => faults,
    throttle: new TokenBucketThrottle(),
    random: options.random ?? Math.random,
  });
  return app;
}
