import type { ConsoleOutput, InstanceList } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let viewer: SignedInAgent;
let running: InstanceList['items'];
beforeAll(async () => {
  app = await buildTestApp();
  viewer = await signedIn(app, 'viewer');
  running = (await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/cn-hangzhou/instances?status=Running&pageSize=100' })).json<InstanceList>().items;
});
afterAll(() => app.close());

const consoleOf = (id: string, query = '') => app.inject({ method: 'GET', headers: viewer.headers, url: `/api/regions/cn-hangzhou/instances/${id}/console-output${query}` });

describe('GET /api/regions/:region/instances/:id/console-output', () => {
  it('decodes the serial log and converts its UTC+8 time', async () => {
    const linux = running.find((instance) => instance.osType === 'linux')!;
    const response = await consoleOf(linux.id);
    expect(response.statusCode).toBe(200);
    const output = response.json<ConsoleOutput>();
    expect(output.instanceId).toBe(linux.id);
    expect(output.text).toMatch(/Linux|kernel|login/i);
    expect(output.text).not.toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(output.lastUpdateTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const local = Date.parse(`${output.lastUpdateTime.replace(' ', 'T')}Z`);
    expect(Date.parse(output.lastUpdateTimeUtc!)).toBe(local - 8 * 3_600_000);
    expect(output.cloudRequestId).toEqual(expect.any(String));
  });

  it('strips terminal control sequences on request', async () => {
    const linux = running.find((instance) => instance.osType === 'linux')!;
    const output = (await consoleOf(linux.id, '?removeSymbols=true')).json<ConsoleOutput>();
    // eslint-disable-next-line no-control-regex
    expect(output.text).not.toMatch(/\u001b\[/);
  });

  it('answers 409 not-supported for a Windows instance', async () => {
    const shanghai = await app.inject({ method: 'GET', headers: viewer.headers, url: '/api/regions/cn-shanghai/instances?pageSize=100' });
    const windows = shanghai.json<InstanceList>().items.find((instance) => instance.osType === 'windows');
    if (!windows) throw new Error('the seed world has no Windows instance in cn-shanghai');
    const response = await app.inject({ method: 'GET', headers: viewer.headers, url: `/api/regions/cn-shanghai/instances/${windows.id}/console-output` });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'CLOUD_NOT_SUPPORTED', cloud: { code: 'NotSupported' } } });
  });

  it('answers 404 for an unknown instance', async () => {
    const response = await consoleOf('i-doesnotexist000');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'CLOUD_NOT_FOUND', cloud: { code: 'InvalidParameter' } } });
  });

  it('refuses a bad removeSymbols value', async () => {
    expect((await consoleOf('i-bp1grr93a4qrrm7fb8sa', '?removeSymbols=maybe')).statusCode).toBe(400);
  });
});
