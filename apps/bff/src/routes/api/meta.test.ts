import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('GET /api/meta', () => {
  it('says the BFF runs on a local cloud when it embeds one', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/meta' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ cloudMode: 'local', version: expect.any(String) });
    expect(app.cloudTarget).toMatchObject({ mode: 'local', embedded: true, endpoint: expect.stringMatching(/^127\.0\.0\.1:\d+$/) });
  });
});

describe('GET /healthz', () => {
  it('answers without calling the cloud', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('request ids', () => {
  it('echoes a sane x-request-id', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-123.abc' } });
    expect(response.headers['x-request-id']).toBe('trace-123.abc');
  });

  it('replaces a missing or unsafe one, and puts it in error envelopes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'bad id\nforged log line' } });
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No route GET /api/nothing-here.', statusCode: 404, requestId: id } });
  });
});
