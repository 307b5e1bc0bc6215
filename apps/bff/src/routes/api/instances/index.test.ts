import type { InstanceDetail, InstanceList } from '@porthole/contract';
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
  const response = await app.inject({ method: 'GET', headers: viewer.headers, url: `/api/regions/cn-hangzhou/instances${query}` });
  expect(response.statusCode).toBe(200);
  return response.json<InstanceList>();
};

describe('GET /api/regions/:region/instances', () => {
  it('pages through the instances of a region', async () => {
    const first = await list('?pageSize=2');
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThan(2);
    const second = await list('?page=2&pageSize=2');
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(first.items[0]).toMatchObject({ regionId: 'cn-hangzhou', creationTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/) });
  });

  it('filters by status, name substring and tag', async () => {
    const running = await list('?status=Running&pageSize=100');
    expect(running.items.length).toBeGreaterThan(0);
    expect(running.items.every((instance) => instance.status === 'Running')).toBe(true);

    const someone = running.items[0]!;
    const fragment = someone.name.slice(1, -1);
    const byName = await list(`?name=${encodeURIComponent(fragment)}&pageSize=100`);
    expect(byName.items.map((instance) => instance.id)).toContain(someone.id);
    expect(byName.items.every((instance) => instance.name.includes(fragment))).toBe(true);

    const tag = someone.tags[0]!;
    const byTag = await list(`?tagKey=${tag.key}&tagValue=${tag.value}&pageSize=100`);
    expect(byTag.items.map((instance) => instance.id)).toContain(someone.id);
    expect(byTag.items.every((instance) => instance.tags.some((t) => t.key === tag.key && t.value === tag.value))).toBe(true);
  });

  it.each([
    ['a page size over 100', '/api/regions/cn-hangzhou/instances?pageSize=101'],
    ['an unknown status', '/api/regions/cn-hangzhou/instances?status=Exploded'],
    ['a malformed region', '/api/regions/CN_HANGZHOU/instances'],
    ['a tag value without a key', '/api/regions/cn-hangzhou/instances?tagValue=prod'],
  ])('refuses %s with 400', async (_name, url) => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'BAD_REQUEST', statusCode: 400, requestId: response.headers['x-request-id'] } });
  });

  it('passes on the cloud refusing an unknown region', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/xx-nowhere-1/instances' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'CLOUD_NOT_FOUND', cloud: { code: 'InvalidRegionId.NotFound', requestId: expect.any(String) } } });
  });
});

describe('GET /api/regions/:region/instances/:id', () => {
  it('combines the instance with its Cloud Assistant status', async () => {
    const [someone] = (await list('?status=Running')).items;
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: `/api/regions/cn-hangzhou/instances/${someone!.id}` });
    expect(response.statusCode).toBe(200);
    const detail = response.json<InstanceDetail>();
    expect(detail).toMatchObject({ ...someone, hostName: expect.any(String), imageId: expect.any(String), chargeType: expect.any(String) });
    expect(detail.cloudAssistant).toEqual(expect.objectContaining({ online: expect.any(Boolean), supportsSessionManager: expect.any(Boolean) }));
  });

  it('answers 404 for an instance the region does not have', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/cn-hangzhou/instances/i-doesnotexist000' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND', statusCode: 404 } });
  });

  it('refuses a malformed instance id', async () => {
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/cn-hangzhou/instances/not-an-id' });
    expect(response.statusCode).toBe(400);
  });
});
