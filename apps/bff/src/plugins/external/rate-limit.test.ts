import type { InstanceList } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';
import { TEST_ORIGIN, signedIn, type SignedInAgent } from '../../testing/signed-in.ts';

const WINDOW_MS = 1_000;
let app: FastifyInstance;
let consoleUrl: string;
let operator: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp({ env: { PORTHOLE_RATE_LIMIT: '3', PORTHOLE_RATE_LIMIT_WINDOW_MS: String(WINDOW_MS), PORTHOLE_SIGN_IN_RATE_LIMIT: '3' } });
  operator = await signedIn(app, 'operator');
  const list = await app.inject({ method: 'GET', url: '/api/regions/cn-hangzhou/instances?status=Running&pageSize=1', headers: operator.headers });
  consoleUrl = `/api/regions/cn-hangzhou/instances/${list.json<InstanceList>().items[0]!.id}/console-output`;
});
afterAll(() => app.close());

const readConsole = (remoteAddress: string) => app.inject({ method: 'GET', url: consoleUrl, headers: operator.headers, remoteAddress });

describe('the rate limit on expensive cloud calls', () => {
  it('answers 429 in the error envelope after the budget, per client address, and resets after the window', async () => {
    for (let i = 0; i < 3; i++) expect((await readConsole('10.0.0.1')).statusCode).toBe(200);

    const refused = await readConsole('10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many requests; try again in/), statusCode: 429, requestId: refused.headers['x-request-id'] },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(0);

    expect((await readConsole('10.0.0.2')).statusCode).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 100));
    expect((await readConsole('10.0.0.1')).statusCode).toBe(200);
  });

  it('limits power actions too, before the body is even checked', async () => {
    const act = () => app.inject({ method: 'POST', url: '/api/regions/cn-hangzhou/instances/i-any/actions', headers: operator.headers, payload: { action: 'explode' }, remoteAddress: '10.0.0.3' });
    for (let i = 0; i < 3; i++) expect((await act()).statusCode).toBe(400);
    expect((await act()).json()).toMatchObject({ error: { code: 'RATE_LIMITED', statusCode: 429 } });
  });

  it('limits sign-in attempts per client address, whichever names they try', async () => {
    const attempt = (name: string, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/session', headers: { origin: TEST_ORIGIN }, payload: { name, password: 'wrong password' }, remoteAddress });
    for (const name of ['ann', 'ben', 'cat']) expect((await attempt(name, '10.0.0.5')).statusCode).toBe(401);
    expect((await attempt('dan', '10.0.0.5')).json()).toMatchObject({ error: { code: 'RATE_LIMITED', statusCode: 429 } });
    expect((await attempt('dan', '10.0.0.6')).statusCode).toBe(401);
  });

  it('never limits the health check, pages or cheap reads', async () => {
    for (const url of ['/healthz', '/api/meta', '/regions/cn-hangzhou/instances']) {
      const statuses = new Set<number>();
      for (let i = 0; i < 6; i++) statuses.add((await app.inject({ method: 'GET', url, remoteAddress: '10.0.0.4' })).statusCode);
      expect([...statuses], url).not.toContain(429);
    }
  });
});
