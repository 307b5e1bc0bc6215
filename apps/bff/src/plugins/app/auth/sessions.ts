import type { SessionInfo, SessionUser } from '@porthole/contract';
import type { SessionRepository, User } from '@porthole/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfTokenFor } from './csrf-token.ts';
import { SESSION_COOKIE, hashSessionToken, newSessionToken } from './session-token.ts';

/** The signed-in user of a request: the contract's SessionUser. */
export type SignedInUser = SessionUser;

/** The request's live session, as the auth hooks found it. */
export interface ActiveSession {
  readonly tokenHash: string;
  readonly idleExpiresAt: string;
  readonly absoluteExpiresAt: string;
}

export interface SessionSettings {
  readonly sessions: SessionRepository;
  readonly csrfKey: string;
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly now: () => Date;
}

// Recording activity on every request would write to the database as often as it reads; idle
// expiry measured in minutes does not need more than one write a minute.
const TOUCH_INTERVAL_MS = 60_000;

export const toSignedInUser = (user: User): SignedInUser => ({ id: user.id, name: user.name, role: user.role, scope: user.scope, source: user.source });

const earlier = (a: Date, b: Date): Date => (a < b ? a : b);

export function sessionLifecycle(settings: SessionSettings) {
  const { sessions, csrfKey, idleMs, absoluteMs, now } = settings;

  function info(user: SignedInUser, session: ActiveSession): SessionInfo {
    return { user, csrfToken: csrfTokenFor(csrfKey, session.tokenHash), idleExpiresAt: session.idleExpiresAt, absoluteExpiresAt: session.absoluteExpiresAt };
  }

  return {
    info,

    /** Creates the session, sets its cookie and returns what GET /api/session would. */
    async start(request: FastifyRequest, reply: FastifyReply, user: User): Promise<SessionInfo> {
      const at = now();
      const token = newSessionToken();
      const absolute = new Date(at.getTime() + absoluteMs);
      const session: ActiveSession = {
        tokenHash: hashSessionToken(token),
        idleExpiresAt: earlier(new Date(at.getTime() + idleMs), absolute).toISOString(),
        absoluteExpiresAt: absolute.toISOString(),
      };
      await sessions.create({ ...session, userId: user.id, createdAt: at.toISOString() });
      // No Max-Age: the cookie ends with the browser session, and the server decides validity anyway.
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' });
      request.user = toSignedInUser(user);
      request.authSession = session;
      return info(request.user, session);
    },

    /** Finds the live session of the request's cookie, recording activity; null when there is none. */
    async resolve(request: FastifyRequest): Promise<{ user: SignedInUser; session: ActiveSession } | null> {
      const token = request.cookies[SESSION_COOKIE];
      if (token === undefined || token === '') return null;
      const at = now();
      const tokenHash = hashSessionToken(token);
      const found = await sessions.findValid(tokenHash, at);
      if (!found) return null;
      let { idleExpiresAt } = found.session;
      if (at.getTime() - Date.parse(found.session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
        const extended = new Date(at.getTime() + idleMs);
        if (await sessions.touch(tokenHash, at, extended)) idleExpiresAt = earlier(extended, new Date(found.session.absoluteExpiresAt)).toISOString();
      }
      return { user: toSignedInUser(found.user), session: { tokenHash, idleExpiresAt, absoluteExpiresAt: found.session.absoluteExpiresAt } };
    },

    /** Revokes the request's session at once and clears its cookie. */
    async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      if (request.authSession) await sessions.revoke(request.authSession.tokenHash, now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      request.user = null;
      request.authSession = null;
    },
  };
}

export type SessionLifecycle = ReturnType<typeof sessionLifecycle>;
