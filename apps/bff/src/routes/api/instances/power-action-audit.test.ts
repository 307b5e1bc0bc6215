import type { AuditPage, InstanceList, PowerActionResult } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
let admin: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  operator = await signedIn(app, 'operator');
  admin = await signedIn(app, 'admin');
});
afterAll(() => app.close());

const base = '/api/regions/cn-hangzhou/instances';

async function runningInstance(): Promise<string> {
  const list = (await app.inject({ method: 'GET', url: `${base}?status=Running&pageSize=100`, headers: operator.headers })).json<InstanceList>();
  const instance = list.items.find((item) => item.tags.every((tag) => tag.value !== 'prod'));
  if (!instance) throw new Error('the seed world has no running instance to test with');
  return instance.id;
}

const auditOf = async (instanceId: string) =>
  (await app.inject({ method: 'GET', url: `/api/audit?instanceId=${instanceId}`, headers: admin.headers })).json<AuditPage>().items;

it('audits a power action with who, where, the outcome and the cloud RequestId', async () => {
  const id = await runningInstance();
  const response = await app.inject({ method: 'POST', url: `${base}/${id}/actions`, headers: operator.headers, payload: { action: 'reboot' } });
  expect(response.statusCode).toBe(202);
  expect(await auditOf(id)).toEqual([
    expect.objectContaining({
      userId: operator.user.id,
      userName: operator.user.name,
      sourceAddress: '127.0.0.1',
      action: 'instance.reboot',
      regionId: 'cn-hangzhou',
      instanceId: id,
      outcome: 'succeeded',
      cloudRequestId: response.json<PowerActionResult>().cloudRequestId,
    }),
  ]);
});

it('audits a refused power action with the error code and the cloud RequestId', async () => {
  const id = await runningInstance();
  const response = await app.inject({ method: 'POST', url: `${base}/${id}/actions`, headers: operator.headers, payload: { action: 'start' } });
  expect(response.statusCode).toBe(409);
  const [entry] = await auditOf(id);
  expect(entry).toEqual(expect.objectContaining({ action: 'instance.start', outcome: 'failed', errorCode: 'CLOUD_INVALID_STATE', completedAt: expect.any(String) }));
  expect(entry?.cloudRequestId).toEqual(expect.any(String));
  expect(entry?.cloudRequestId).toBe(response.json().error.cloud.requestId);
});
