import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  app.get('/test/thrown', { config: { access: 'public' } }, async () => {
    throw new Error('connection string postgres://internal-host/secret');
  });
  app.get('/test/type-error', { config: { access: 'public' } }, async () => (JSON.parse('{}') as { a: { b: string } }).a.b);
  app.get('/test/with-status', { config: { access: 'public' } }, async () => {
    throw Object.assign(new Error('upstream pool exhausted at /srv/porthole/internal.ts:42'), { statusCode: 503 });
  });
  operator = await signedIn(app, 'operator');
});
afterAll(() => app.close());

// What a leak would look like: a stack frame, a source path or the thrown message.
const LEAKS = [/\bat .+:\d+:\d+/, /\.ts\b/, /node_modules/, /stack/i, /internal-host|exhausted|undefined/];

describe('the error handler', () => {
  it.each(['/test/thrown', '/test/type-error', '/test/with-status'])('answers %s with the catalogue message only', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: 'Internal server error.', statusCode: 500, requestId: response.headers['x-request-id'] } });
    for (const leak of LEAKS) expect(response.body).not.toMatch(leak);
  });

  it('refuses a body over 64 KiB with 413 in the envelope, before the route runs', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/regions/cn-hangzhou/instances/i-any/actions',
      headers: operator.headers,
      payload: { action: 'stop', padding: 'x'.repeat(64 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.', statusCode: 413, requestId: response.headers['x-request-id'] },
    });
  });

  it('still takes a body just under the limit', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/regions/cn-hangzhou/instances/i-any/actions',
      headers: operator.headers,
      payload: { action: 'stop', padding: 'x'.repeat(60 * 1024) },
    });
    expect(response.statusCode).not.toBe(413);
  });
});
