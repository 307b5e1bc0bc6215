import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let viewer: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  viewer = await signedIn(app, 'viewer');
});
afterAll(() => app.close());

describe('GET /api/regions', () => {
  it('lists the regions with English names by default', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { id: string; name: string; status: string }[] }>();
    expect(items).toContainEqual({ id: 'cn-hangzhou', name: 'China (Hangzhou)', status: 'available' });
  });

  it('gives the localised names on request', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions?lang=zh-CN' });
    const { items } = response.json<{ items: { id: string; name: string }[] }>();
    expect(items.find((region) => region.id === 'cn-hangzhou')?.name).toMatch(/杭州/);
  });

  it('refuses an unknown language', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions?lang=fr' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'BAD_REQUEST', statusCode: 400 } });
  });
});
