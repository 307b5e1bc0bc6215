import type { ContainerGroupList } from '@porthole/contract';
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

const list = async (query = '') => {
  const response = await app.inject({ method: 'GET', headers: viewer.headers, url: `/api/regions/cn-hangzhou/container-groups${query}` });
  expect(response.statusCode).toBe(200);
  return response.json<ContainerGroupList>();
};

describe('GET /api/regions/:region/container-groups', () => {
  it('lists the container groups with their containers', async () => {
    const { items, total } = await list();
    expect(items.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(items.length);
    const [group] = items;
    expect(group).toMatchObject({ id: expect.stringMatching(/^eci-/), regionId: 'cn-hangzhou', memoryGiB: expect.any(Number) });
    expect(group!.containers[0]).toMatchObject({ name: expect.any(String), image: expect.any(String), currentState: { state: expect.any(String) } });
  });

  it('pages with limit and nextToken', async () => {
    const { total } = await list();
    const first = await list('?limit=1');
    expect(first.items).toHaveLength(1);
    if (total > 1) {
      expect(first.nextToken).toEqual(expect.any(String));
      const second = await list(`?limit=1&nextToken=${encodeURIComponent(first.nextToken!)}`);
      expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    }
  });

  it('filters by status', async () => {
    const { items } = await list('?status=Running');
    expect(items.every((group) => group.status === 'Running')).toBe(true);
  });

  it('refuses a limit over 20', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/cn-hangzhou/container-groups?limit=21' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });
});
