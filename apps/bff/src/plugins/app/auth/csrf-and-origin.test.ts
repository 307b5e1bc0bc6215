import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD, buildTestApp } from '../../../testing/build-test-app.ts';
import { TEST_ORIGIN, signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  operator = await signedIn(app, 'operator');
});
afterAll(() => app.close());

// A state-changing call that reaches its handler answers 400 (the body is wrong), not 403.
const powerAction = (headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/regions/cn-hangzhou/instances/i-bp1grr93a4qrrm7fb8sa/actions', headers, payload: { action: 'explode' } });
const errorCodeOf = async (response: ReturnType<typeof powerAction>) => (await response).json<{ error: { code: string } }>().error.code;

describe('the CSRF token', () => {
  it('lets a state-changing request through with the session token', async () => {
    expect(await errorCodeOf(powerAction(operator.headers))).toBe('BAD_REQUEST');
  });

  it('refuses one without the token, with a wrong one, or with another session\'s', async () => {
    const other = await signedIn(app, 'operator');
    const { cookie, origin } = operator.headers;
    expect(await errorCodeOf(powerAction({ cookie, origin }))).toBe('CSRF_INVALID');
    expect(await errorCodeOf(powerAction({ cookie, origin, 'x-csrf-token': 'forged' }))).toBe('CSRF_INVALID');
    expect(await errorCodeOf(powerAction({ cookie, origin, 'x-csrf-token': other.csrfToken }))).toBe('CSRF_INVALID');
    expect((await powerAction({ cookie, origin })).statusCode).toBe(403);
  });

  it('is not needed to read', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/regions', headers: { cookie: operator.cookie } });
    expect(response.statusCode).toBe(200);
  });

  it('survives a restart: sessions and the key the token is derived with are in the database', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'porthole-restart-'));
    try {
      const first = await buildTestApp({ env: { PORTHOLE_DATA_DIR: dataDir } });
      const agent = await signedIn(first, 'operator');
      await first.close();
      const second = await buildTestApp({ env: { PORTHOLE_DATA_DIR: dataDir } });
      try {
        const response = await second.inject({ method: 'DELETE', url: '/api/session', headers: agent.headers });
        expect(response.statusCode).toBe(204);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the Origin rule', () => {
  it('refuses a state-changing request from a foreign origin, signed in or not', async () => {
    expect(await errorCodeOf(powerAction({ ...operator.headers, origin: 'https://evil.example' }))).toBe('ORIGIN_NOT_ALLOWED');
    const signIn = await app.inject({ method: 'POST', url: '/api/session', headers: { origin: 'https://evil.example' }, payload: { name: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json()).toMatchObject({ error: { code: 'ORIGIN_NOT_ALLOWED' } });
    expect(signIn.cookies).toEqual([]);
  });

  it('refuses the opaque origin "null" (sandboxed frames, some redirects)', async () => {
    expect(await errorCodeOf(powerAction({ ...operator.headers, origin: 'null' }))).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('lets reads from anywhere through (the same-origin policy keeps their answers from foreign pages)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/regions', headers: { cookie: operator.cookie, origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(200);
  });

  it('takes the allow-list from PORTHOLE_ALLOWED_ORIGINS when it is set', async () => {
    const listed = await buildTestApp({ env: { PORTHOLE_ALLOWED_ORIGINS: 'https://porthole.example.com' } });
    try {
      const signIn = (origin: string) =>
        listed.inject({ method: 'POST', url: '/api/session', headers: { origin }, payload: { name: 'admin', password: TEST_ADMIN_PASSWORD } });
      expect((await signIn('https://porthole.example.com')).statusCode).toBe(200);
      expect((await signIn(TEST_ORIGIN)).statusCode).toBe(403);
    } finally {
      await listed.close();
    }
  });
});
