import { CSRF_HEADER, type Role, type SessionInfo, type SessionUser, type UserScope } from '@porthole/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../plugins/app/auth/session-token.ts';

/** The Origin `inject` requests come from: the app's own (http://localhost). */
export const TEST_ORIGIN = 'http://localhost';

export const TEST_USER_PASSWORD = 'test-user-password-not-secret';

export interface SignedInAgent {
  readonly user: SessionUser;
  readonly password: string;
  /** The Cookie header value. */
  readonly cookie: string;
  readonly csrfToken: string;
  /** Everything a browser would send: `app.inject({ method, url, headers: agent.headers, payload })`. */
  readonly headers: { cookie: string; [CSRF_HEADER]: string; origin: string };
}

let created = 0;

/** The Cookie header value of the session a sign-in response set. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie in the response (status ${response.statusCode}: ${response.body})`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** Signs in through POST /api/session as an existing user. */
export async function signInAs(app: FastifyInstance, name: string, password: string): Promise<SignedInAgent> {
  const response = await app.inject({ method: 'POST', url: '/api/session', headers: { origin: TEST_ORIGIN }, payload: { name, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${name} failed: ${response.statusCode} ${response.body}`);
  const info = response.json<SessionInfo>();
  const cookie = sessionCookieOf(response);
  return { user: info.user, password, cookie, csrfToken: info.csrfToken, headers: { cookie, [CSRF_HEADER]: info.csrfToken, origin: TEST_ORIGIN } };
}

/** Creates a new user of this role (and scope) directly in storage, then signs in as them. */
export async function signedIn(app: FastifyInstance, role: Role, scope?: UserScope): Promise<SignedInAgent> {
  created += 1;
  const name = `${role}-${created}`;
  const passwordHash = await app.auth.hashPassword(TEST_USER_PASSWORD);
  await app.storage.users.create({ name, passwordHash, role, ...(scope === undefined ? {} : { scope }) });
  return signInAs(app, name, TEST_USER_PASSWORD);
}
