import type { InstanceList, RegionList } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../testing/signed-in.ts';

// In the seed world: a devops instance (stopped) and a storefront one in cn-hangzhou.
const DEVOPS_INSTANCE = 'i-bp1wogyck8qj18u1ik1p';
const STOREFRONT_INSTANCE = 'i-bp1grr93a4qrrm7fb8sa';

let app: FastifyInstance;
let scoped: SignedInAgent;
let unscoped: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  scoped = await signedIn(app, 'operator', { regions: ['cn-hangzhou'], tag: { key: 'team', value: 'devops' } });
  unscoped = await signedIn(app, 'operator');
});
afterAll(() => app.close());

const get = (url: string, agent = scoped) => app.inject({ method: 'GET', url, headers: agent.headers });
const codeOf = async (response: ReturnType<typeof get>) => (await response).json<{ error?: { code: string } }>().error?.code;

describe('a region scope', () => {
  it('lists only the regions in scope', async () => {
    expect((await get('/api/regions')).json<RegionList>().items.map((region) => region.id)).toEqual(['cn-hangzhou']);
    expect((await get('/api/regions', unscoped)).json<RegionList>().items.length).toBeGreaterThan(1);
  });

  it.each([
    '/api/regions/cn-shanghai/instances',
    `/api/regions/cn-shanghai/instances/${DEVOPS_INSTANCE}`,
    `/api/regions/cn-shanghai/instances/${DEVOPS_INSTANCE}/console-output`,
    '/api/regions/cn-shanghai/container-groups',
  ])('refuses %s with 403 OUT_OF_SCOPE', async (url) => {
    expect(await codeOf(get(url))).toBe('OUT_OF_SCOPE');
  });

  it('refuses a power action in another region', async () => {
    const response = await app.inject({ method: 'POST', url: `/api/regions/cn-shanghai/instances/${DEVOPS_INSTANCE}/actions`, headers: scoped.headers, payload: { action: 'start' } });
    expect(response.json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE', statusCode: 403 } });
  });

  it('limits container groups by region only', async () => {
    expect((await get('/api/regions/cn-hangzhou/container-groups')).statusCode).toBe(200);
  });
});

describe('a tag scope', () => {
  it('lists only the instances carrying the tag', async () => {
    const mine = (await get('/api/regions/cn-hangzhou/instances?pageSize=100')).json<InstanceList>();
    const all = (await get('/api/regions/cn-hangzhou/instances?pageSize=100', unscoped)).json<InstanceList>();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);
    for (const instance of mine.items) expect(instance.tags).toContainEqual({ key: 'team', value: 'devops' });
  });

  it('accepts the scope tag as a filter and refuses a different one', async () => {
    expect((await get('/api/regions/cn-hangzhou/instances?tagKey=team&tagValue=devops')).statusCode).toBe(200);
    expect(await codeOf(get('/api/regions/cn-hangzhou/instances?tagKey=team&tagValue=storefront'))).toBe('OUT_OF_SCOPE');
    expect(await codeOf(get('/api/regions/cn-hangzhou/instances?tagKey=env'))).toBe('OUT_OF_SCOPE');
  });

  it('shows an instance with the tag and refuses one without', async () => {
    expect((await get(`/api/regions/cn-hangzhou/instances/${DEVOPS_INSTANCE}`)).statusCode).toBe(200);
    expect(await codeOf(get(`/api/regions/cn-hangzhou/instances/${STOREFRONT_INSTANCE}`))).toBe('OUT_OF_SCOPE');
    expect(await codeOf(get(`/api/regions/cn-hangzhou/instances/${STOREFRONT_INSTANCE}/console-output`))).toBe('OUT_OF_SCOPE');
  });

  it('refuses a power action on an instance without the tag, before anything is audited', async () => {
    const act = (id: string) => app.inject({ method: 'POST', url: `/api/regions/cn-hangzhou/instances/${id}/actions`, headers: scoped.headers, payload: { action: 'stop' } });
    expect((await act(STOREFRONT_INSTANCE)).json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE' } });
    const { events } = await app.storage.audit.query({ instanceId: STOREFRONT_INSTANCE }, { limit: 10 });
    expect(events).toEqual([]);
    // The devops instance is stopped already: the cloud, not the scope, refuses this one.
    expect((await act(DEVOPS_INSTANCE)).json()).toMatchObject({ error: { code: 'CLOUD_INVALID_STATE' } });
  });
});
