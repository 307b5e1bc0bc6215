import type { InstanceList, InstanceScreenshot } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let viewer: SignedInAgent;
let instances: InstanceList['items'];
beforeAll(async () => {
  app = await buildTestApp();
  viewer = await signedIn(app, 'viewer');
  instances = (await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/cn-hangzhou/instances?pageSize=100' })).json<InstanceList>().items;
});
afterAll(() => app.close());

const shoot = (id: string, agent: { headers: Record<string, string> } = viewer) =>
  app.inject({ method: 'GET', headers: agent.headers, url: `/api/regions/cn-hangzhou/instances/${id}/screenshot` });
/** A different instance per test: the cloud's interval is per instance and the app is shared. */
const running = (index: number) => instances.filter((instance) => instance.status === 'Running')[index]!;

describe('GET /api/regions/:region/instances/:id/screenshot', () => {
  it('answers the JPEG in Base64 with the interval the browser must respect', async () => {
    const instance = running(0);
    const response = await shoot(instance.id);
    expect(response.statusCode).toBe(200);
    const shot = response.json<InstanceScreenshot>();
    expect(shot).toMatchObject({ instanceId: instance.id, minIntervalSeconds: 10, cloudRequestId: expect.any(String) });
    expect([...Buffer.from(shot.imageBase64, 'base64').subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(Math.abs(Date.parse(shot.takenAt) - Date.now())).toBeLessThan(60_000);
  });

  it('answers 429 SCREENSHOT_TOO_SOON with Retry-After for a second call within the interval', async () => {
    const instance = running(1);
    expect((await shoot(instance.id)).statusCode).toBe(200);
    const response = await shoot(instance.id);
    expect(response.statusCode).toBe(429);
    expect(response.json()).toMatchObject({ error: { code: 'SCREENSHOT_TOO_SOON', cloud: { code: 'Throttling' } } });
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(10);
  });

  it('answers 409 for an instance that is not Running', async () => {
    const stopped = instances.find((instance) => instance.status === 'Stopped')!;
    const response = await shoot(stopped.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'CLOUD_INVALID_STATE', cloud: { code: 'IncorrectInstanceStatus' } } });
  });

  it('refuses an instance outside a tag scope, and anonymous callers', async () => {
    const scoped = await signedIn(app, 'viewer', { regions: null, tag: { key: 'team', value: 'devops' } });
    const outside = instances.find((instance) => instance.status === 'Running' && !instance.tags.some((tag) => tag.key === 'team' && tag.value === 'devops'))!;
    expect((await shoot(outside.id, scoped)).json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE' } });
    expect((await shoot(outside.id, { headers: {} })).statusCode).toBe(401);
  });
});
