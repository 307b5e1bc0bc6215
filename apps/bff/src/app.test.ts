import { Writable } from 'node:stream';
import { routes, type InstanceList } from '@porthole/contract';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET } from '@porthole/localcloud';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD, buildTestApp } from './testing/build-test-app.ts';
import { TEST_USER_PASSWORD, signedIn } from './testing/signed-in.ts';

/** Every log line the app writes, as text. */
class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
}

describe('buildApp', () => {
  it('registers every route of the contract', async () => {
    const app = await buildTestApp();
    try {
      for (const { method, url } of Object.values(routes)) expect(app.hasRoute({ method, url }), `${method} ${url}`).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('a session of calls', () => {
  const logs = new LogCapture();
  const transcript: string[] = [];
  let app: FastifyInstance;
  let sessionCookie = '';

  beforeAll(async () => {
    app = await buildTestApp({ logStream: logs });
    app.get('/boom', { config: { access: 'public' } }, async () => {
      throw new Error(`internal detail that must stay in the log`);
    });
    const operator = await signedIn(app, 'operator');
    sessionCookie = operator.cookie;
    const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      const response = await app.inject({
        method,
        url,
        ...(payload ? { payload } : {}),
        headers: { ...operator.headers, authorization: 'Bearer browser-other-token', cookie: `${operator.cookie}; other=browser-cookie-value` },
      });
      transcript.push(JSON.stringify(response.headers), response.body);
      return response;
    };
    await call('GET', '/api/meta');
    await call('GET', '/api/regions');
    const list = await call('GET', '/api/regions/cn-hangzhou/instances?pageSize=100');
    const [running] = list.json<InstanceList>().items.filter((instance) => instance.status === 'Running');
    await call('GET', `/api/regions/cn-hangzhou/instances/${running!.id}`);
    await call('GET', `/api/regions/cn-hangzhou/instances/${running!.id}/console-output`);
    await call('POST', `/api/regions/cn-hangzhou/instances/${running!.id}/actions`, { action: 'start' });
    await call('GET', '/api/regions/cn-hangzhou/container-groups');
    await call('GET', '/api/regions/xx-nowhere-1/instances');
    await call('GET', '/boom');
  });
  afterAll(() => app.close());

  it('logs the calls', () => {
    expect(logs.lines.length).toBeGreaterThan(10);
    expect(logs.lines.join('')).toContain('IncorrectInstanceStatus');
  });

  it.each([
    ['the localcloud secret', DEFAULT_ACCESS_KEY_SECRET],
    ['the localcloud key id', DEFAULT_ACCESS_KEY_ID],
    ['a V3 signature', 'ACS3-HMAC-SHA256'],
    ["the browser's authorization header", 'browser-other-token'],
    ["the browser's cookie", 'browser-cookie-value'],
    ['the admin password', TEST_ADMIN_PASSWORD],
    ["a user's password", TEST_USER_PASSWORD],
  ])('never shows %s in a log line or a response', (_name, secret) => {
    expect(logs.lines.filter((line) => line.includes(secret))).toEqual([]);
    expect(transcript.filter((part) => part.includes(secret))).toEqual([]);
  });

  it('never logs the session token', () => {
    const token = sessionCookie.split('=')[1]!;
    expect(token.length).toBeGreaterThan(40);
    expect(logs.lines.filter((line) => line.includes(token))).toEqual([]);
  });

  it('answers a 500 with the catalogue message only, and logs the error', () => {
    const boom = transcript.at(-1)!;
    expect(JSON.parse(boom)).toEqual({ error: { code: 'INTERNAL', message: 'Internal server error.', statusCode: 500, requestId: expect.any(String) } });
    expect(logs.lines.join('')).toContain('internal detail that must stay in the log');
  });
});
