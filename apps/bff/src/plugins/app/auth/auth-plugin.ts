import { CSRF_HEADER, type SessionInfo } from '@porthole/contract';
import type { User } from '@porthole/storage';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../../../config.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { assertAccess, requireAccessOnEveryRoute, type RegisteredRoute } from './access-control.ts';
import { CSRF_KEY_NAME, csrfTokenMatches, newCsrfKey } from './csrf-token.ts';
import { ensureFirstAdmin } from './first-admin.ts';
import { isStateChanging, originAllowed } from './origin-rule.ts';
import { passwordSignIn } from './password-sign-in.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { scopeChecks, type ScopeChecks } from './scope.ts';
import { sessionLifecycle, type ActiveSession, type SignedInUser } from './sessions.ts';

export type { ActiveSession, SignedInUser } from './sessions.ts';
export { SignInFailure } from './password-sign-in.ts';

export interface Auth {
  hashPassword(password: string): Promise<string>;
  /** Verifies against a dummy hash when there is none, so the time taken does not tell. */
  verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean>;
  /** The user of this name and password, or a SignInFailure (throttled, locked or wrong). */
  signInWithPassword(reply: FastifyReply, name: string, password: string): Promise<User>;
  /** Creates a session for the user, sets the cookie, returns the SessionInfo body. */
  startSession(request: FastifyRequest, reply: FastifyReply, user: User): Promise<SessionInfo>;
  /** Revokes the request's session at once and clears the cookie. */
  endSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** GET /api/session's body for a signed-in request. */
  sessionInfo(request: FastifyRequest): SessionInfo;
  scope: ScopeChecks;
  /** Every route registered after this plugin, with its access: what the route-access test walks. */
  routes: readonly RegisteredRoute[];
  /** The clock sessions and sign-in throttling use (tests move it). */
  now(): Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    auth: Auth;
  }
  interface FastifyRequest {
    /** Set for every request that carries a live session cookie. */
    user: SignedInUser | null;
    authSession: ActiveSession | null;
  }
}

export interface AuthPluginOptions {
  readonly auth: AppConfig['auth'];
  readonly now?: () => Date;
}

async function authPlugin(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  const { auth: config } = options;
  const now = options.now ?? (() => new Date());
  const csrfKey = await app.storage.secrets.getOrCreate(CSRF_KEY_NAME, newCsrfKey);
  const sessions = sessionLifecycle({
    sessions: app.storage.sessions,
    csrfKey,
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionAbsoluteHours * 3_600_000,
    now,
  });
  const signInPolicy = { users: app.storage.users, lockAfter: config.signInLockAfter, lockMs: config.signInLockMinutes * 60_000, now };
  await ensureFirstAdmin(app, config.adminPassword);
  const routes = requireAccessOnEveryRoute(app);

  app.decorate('auth', {
    hashPassword,
    verifyPassword,
    signInWithPassword: (reply, name, password) => passwordSignIn(signInPolicy, reply, name, password),
    startSession: sessions.start,
    endSession: sessions.end,
    sessionInfo(request) {
      if (request.user === null || request.authSession === null) throw new ApiError('UNAUTHENTICATED');
      return sessions.info(request.user, request.authSession);
    },
    scope: scopeChecks,
    routes,
    now,
  } satisfies Auth);
  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);

  // One hook, in this order: a foreign page is refused before anything else happens, then the
  // session is found, then the route's access and (for a state-changing call) the CSRF token are
  // checked. It runs before body parsing and validation, and for WebSocket routes before the upgrade.
  app.addHook('onRequest', async (request) => {
    const isUpgrade = request.ws;
    if ((isUpgrade || isStateChanging(request.method)) && !originAllowed(request, config.allowedOrigins, isUpgrade)) {
      throw new ApiError('ORIGIN_NOT_ALLOWED');
    }
    const found = await sessions.resolve(request);
    request.user = found?.user ?? null;
    request.authSession = found?.session ?? null;
    assertAccess(request);
    // Public state-changing routes (sign-in) have no session to bind a token to: the Origin rule
    // and the SameSite=Strict cookie protect them.
    const session = request.authSession;
    if (isStateChanging(request.method) && session !== null && request.routeOptions.config.access !== 'public') {
      if (!csrfTokenMatches(csrfKey, session.tokenHash, request.headers[CSRF_HEADER])) throw new ApiError('CSRF_INVALID');
    }
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['storage', 'cookie', 'websocket', 'error-handler'] });
