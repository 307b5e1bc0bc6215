import type { InstanceDetail, InstanceList, InstanceStatus } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  operator = await signedIn(app, 'operator');
});
afterAll(() => app.close());

const base = '/api/regions/cn-hangzhou/instances';

async function firstWith(status: InstanceStatus): Promise<string> {
  const response = await app.inject({ method: 'GET', url: `${base}?status=${status}&pageSize=100`, headers: operator.headers });
  const instance = response.json<InstanceList>().items.find((item) => item.osType === 'linux' && item.tags.every((tag) => tag.value !== 'prod'));
  if (!instance) throw new Error(`the seed world has no ${status} instance to test with`);
  return instance.id;
}

const act = (id: string, body: unknown) => app.inject({ method: 'POST', url: `${base}/${id}/actions`, headers: operator.headers, payload: body as object });

async function statusOf(id: string): Promise<InstanceStatus> {
  return (await app.inject({ method: 'GET', url: `${base}/${id}`, headers: operator.headers })).json<InstanceDetail>().status;
}

async function waitForStatus(id: string, wanted: InstanceStatus): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await statusOf(id)) !== wanted) {
    if (Date.now() > deadline) throw new Error(`${id} never became ${wanted}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('POST /api/regions/:region/instances/:id/actions', () => {
  it('accepts a stop with 202, and the instance stops', async () => {
    const id = await firstWith('Running');
    const response = await act(id, { action: 'stop' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: true, cloudRequestId: expect.any(String) });
    await waitForStatus(id, 'Stopped');

    const start = await act(id, { action: 'start' });
    expect(start.statusCode).toBe(202);
    await waitForStatus(id, 'Running');
  });

  it('reboots a running instance', async () => {
    const id = await firstWith('Running');
    expect((await act(id, { action: 'reboot', force: true })).statusCode).toBe(202);
    await waitForStatus(id, 'Running');
  });

  it('answers 409 with the cloud detail when the state does not allow the action', async () => {
    const id = await firstWith('Running');
    const response = await act(id, { action: 'start' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: {
        code: 'CLOUD_INVALID_STATE',
        message: expect.any(String),
        statusCode: 409,
        requestId: response.headers['x-request-id'],
        cloud: { code: 'IncorrectInstanceStatus', message: expect.any(String), requestId: expect.stringMatching(/^[0-9A-F-]{36}$/) },
      },
    });
  });

  it('answers 404 for an unknown instance', async () => {
    const response = await act('i-doesnotexist000', { action: 'stop' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'CLOUD_NOT_FOUND', cloud: { code: 'InvalidInstanceId.NotFound' } } });
  });

  it.each([
    ['an unknown action', { action: 'explode' }],
    ['no action', {}],
    ['a non-boolean force', { action: 'stop', force: 'yes please' }],
  ])('refuses %s with 400', async (_name, body) => {
    const response = await act('i-bp1grr93a4qrrm7fb8sa', body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });
});
