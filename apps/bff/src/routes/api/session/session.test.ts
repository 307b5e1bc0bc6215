import { routes, type SessionInfo } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../../../plugins/app/auth/session-token.ts';
import { TEST_ADMIN_PASSWORD, buildTestApp } from '../../../testing/build-test-app.ts';
import { TEST_ORIGIN, sessionCookieOf, signInAs, signedIn } from '../../../testing/signed-in.ts';
import { HOUR, MINUTE, testClock } from '../../../testing/test-clock.ts';

const clock = testClock();
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ now: clock.now, env: { PORTHOLE_SESSION_IDLE_MINUTES: '30', PORTHOLE_SESSION_ABSOLUTE_HOURS: '2' } });
});
afterAll(() => app.close());

const whoAmI = (cookie: string) => app.inject({ method: 'GET', url: routes.session.url, headers: { cookie } });

describe('POST /api/session', () => {
  it('signs the first admin in with PORTHOLE_ADMIN_PASSWORD and sets a strict, httpOnly session cookie', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/session', headers: { origin: TEST_ORIGIN }, payload: { name: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const info = response.json<SessionInfo>();
    expect(info).toEqual({
      user: { id: expect.any(String), name: 'admin', role: 'admin', scope: { regions: null, tag: null }, source: 'local' },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      idleExpiresAt: new Date(clock.now().getTime() + 30 * MINUTE).toISOString(),
      absoluteExpiresAt: new Date(clock.now().getTime() + 2 * HOUR).toISOString(),
    });
    const cookie = response.cookies.find((c) => c.name === 'porthole_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(cookie.value).toMatch(/^[\w-]{43}$/);
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const https = await buildTestApp({ env: { PORTHOLE_TRUST_PROXY: '127.0.0.1' } });
    try {
      const response = await https.inject({
        method: 'POST',
        url: '/api/session',
        headers: { host: 'porthole.example.com', origin: 'https://porthole.example.com', 'x-forwarded-proto': 'https' },
        payload: { name: 'admin', password: TEST_ADMIN_PASSWORD },
      });
      expect(response.cookies.find((c) => c.name === 'porthole_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await https.close();
    }
  });

  it('keeps only a hash of the token in the database', async () => {
    const agent = await signedIn(app, 'viewer');
    const token = agent.cookie.split('=')[1]!;
    const rows = await app.storage.db.selectFrom('sessions').select('tokenHash').execute();
    expect(rows.map((row) => row.tokenHash)).toContain(hashSessionToken(token));
    expect(rows.map((row) => row.tokenHash)).not.toContain(token);
  });

  it('starts a new session on each sign-in and ends the one the browser held', async () => {
    const first = await signedIn(app, 'viewer');
    const again = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { origin: TEST_ORIGIN, cookie: first.cookie },
      payload: { name: first.user.name, password: first.password },
    });
    expect(sessionCookieOf(again)).not.toBe(first.cookie);
    expect((await whoAmI(first.cookie)).statusCode).toBe(401);
  });
});

describe('GET /api/session', () => {
  it('answers the session of the cookie, and 401 without one', async () => {
    const agent = await signedIn(app, 'operator');
    const response = await whoAmI(agent.cookie);
    expect(response.json<SessionInfo>()).toMatchObject({ user: agent.user, csrfToken: agent.csrfToken });
    expect((await whoAmI('')).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', statusCode: 401 } });
    expect((await whoAmI('porthole_session=forged-token')).statusCode).toBe(401);
  });
});

describe('DELETE /api/session', () => {
  it('revokes the session at once and clears the cookie', async () => {
    const agent = await signedIn(app, 'viewer');
    const response = await app.inject({ method: 'DELETE', url: '/api/session', headers: agent.headers });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(response.cookies.find((c) => c.name === 'porthole_session')).toMatchObject({ value: '' });
    // The old cookie, replayed, is worth nothing.
    expect((await whoAmI(agent.cookie)).statusCode).toBe(401);
  });
});

describe('expiry', () => {
  it('ends a session left idle, and moves the idle expiry with activity (at most once a minute)', async () => {
    const agent = await signedIn(app, 'viewer');
    clock.advance(20 * MINUTE);
    const active = await whoAmI(agent.cookie);
    expect(active.json<SessionInfo>().idleExpiresAt).toBe(new Date(clock.now().getTime() + 30 * MINUTE).toISOString());
    clock.advance(20 * MINUTE);
    expect((await whoAmI(agent.cookie)).statusCode).toBe(200);
    clock.advance(30 * MINUTE);
    expect((await whoAmI(agent.cookie)).statusCode).toBe(401);
  });

  it('ends even an active session at its absolute expiry', async () => {
    const agent = await signedIn(app, 'viewer');
    for (let elapsed = 0; elapsed < 2 * HOUR - 20 * MINUTE; elapsed += 20 * MINUTE) {
      clock.advance(20 * MINUTE);
      expect((await whoAmI(agent.cookie)).statusCode).toBe(200);
    }
    expect((await whoAmI(agent.cookie)).json<SessionInfo>().idleExpiresAt).toBe((await whoAmI(agent.cookie)).json<SessionInfo>().absoluteExpiresAt);
    clock.advance(20 * MINUTE);
    expect((await whoAmI(agent.cookie)).statusCode).toBe(401);
  });
});

describe('a disabled user', () => {
  it('is signed out on the very next request, and cannot sign in again', async () => {
    const agent = await signedIn(app, 'operator');
    await app.storage.users.update(agent.user.id, { disabled: true });
    expect((await whoAmI(agent.cookie)).statusCode).toBe(401);
    await expect(signInAs(app, agent.user.name, agent.password)).rejects.toThrow(/401.*INVALID_CREDENTIALS/);
  });
});
