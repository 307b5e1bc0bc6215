import type { FoundCredentials } from '@porthole/cloud';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config.ts';
import { requestForLog } from './logging/request-log.ts';
import audit from './plugins/app/audit.ts';
import auth from './plugins/app/auth/auth-plugin.ts';
import cloud from './plugins/app/cloud.ts';
import errorHandler from './plugins/app/error-handler.ts';
import requestIdPlugin, { requestId } from './plugins/app/request-id.ts';
import rollouts from './rollouts/rollouts-plugin.ts';
import recordings from './recordings/recordings-plugin.ts';
import storage from './plugins/app/storage.ts';
import terminalsPlugin from './terminals/terminals-plugin.ts';
import cookie from './plugins/external/cookie.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import securityHeaders from './plugins/external/security-headers.ts';
import webStatic from './plugins/external/web-static.ts';
import websocket from './plugins/external/websocket.ts';
import account from './routes/api/account/index.ts';
import auditRoutes from './routes/api/audit/index.ts';
import commandRoutes from './routes/api/commands/index.ts';
import containerGroups from './routes/api/container-groups/index.ts';
import consoleOutput from './routes/api/instances/console-output.ts';
import instances from './routes/api/instances/index.ts';
import invocationRoutes from './routes/api/invocations/index.ts';
import powerAction from './routes/api/instances/power-action.ts';
import screenshot from './routes/api/instances/screenshot.ts';
import meta from './routes/api/meta.ts';
import regions from './routes/api/regions/index.ts';
import session from './routes/api/session/index.ts';
import rolloutsRoutes from './routes/api/rollouts/index.ts';
import recordingsRoutes from './routes/api/recordings/index.ts';
import sharesRoutes from './routes/api/shares/index.ts';
import terminalRoutes from './routes/api/terminals/index.ts';
import signInRoutes from './routes/api/auth/index.ts';
import usersRoutes from './routes/api/users/index.ts';
import healthz from './routes/healthz.ts';
import webApp from './routes/web-app.ts';

export interface AppOptions {
  readonly config: AppConfig;
  /** Default: the credential chain; tests pass `async () => undefined` to get the embedded localcloud. */
  readonly findCredentials?: () => Promise<FoundCredentials | undefined>;
  /** Where log lines go; default stdout. */
  readonly logStream?: DestinationStream;
  /** The clock of sessions and sign-in throttling; tests pass one they can move. */
  readonly now?: () => Date;
}

// The JSON API takes small bodies only (a power action is a few bytes); larger ones are refused
// with 413 before they are parsed.
const BODY_LIMIT = 64 * 1024;

// Fastify's request serializer logs no headers; these paths guard any log line that adds them.
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'res.headers["set-cookie"]'];

/** The whole BFF as a Fastify instance, not listening: server.ts listens, tests `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED, censor: '[redacted]' },
      serializers: { req: requestForLog },
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
    },
    genReqId: requestId,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // External plugins first: the app's plugins and routes may rely on them. The headers' hooks
  // come before any route so that every response, static files included, carries them.
  await app.register(securityHeaders);
  await app.register(rateLimit, config.rateLimit);
  await app.register(cookie);
  await app.register(websocket);

  await app.register(requestIdPlugin);
  await app.register(errorHandler);
  await app.register(storage, { storage: config.storage });
  await app.register(audit);
  // From here on every route must declare its access (the auth plugin's onRoute hook).
  await app.register(auth, { auth: config.auth, ...(options.now === undefined ? {} : { now: options.now }) });
  await app.register(webStatic, { root: config.webDist });
  await app.register(cloud, { config, ...(options.findCredentials === undefined ? {} : { findCredentials: options.findCredentials }) });
  await app.register(rollouts);
  // Input recording stays off until the configuration offers PORTHOLE_RECORD_INPUT (keystrokes can hold passwords).
  await app.register(recordings, { recordInput: config.recordings.recordInput });
  await app.register(terminalsPlugin);

  await app.register(healthz);
  await app.register(session);
  await app.register(account);
  await app.register(meta);
  await app.register(regions);
  await app.register(instances);
  await app.register(powerAction);
  await app.register(consoleOutput);
  await app.register(screenshot);
  await app.register(containerGroups);
  await app.register(commandRoutes);
  await app.register(invocationRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(sharesRoutes);
  await app.register(rolloutsRoutes);
  await app.register(recordingsRoutes);
  await app.register(terminalRoutes);
  await app.register(signInRoutes, { oidc: config.oidc });
  await app.register(webApp);
  return app;
}
