import type { AuditPage } from '@porthole/contract';
import type { AuditStart } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

// Seeded in 2020, long before the test's own sign-in entries, so a time window isolates them.
const at = (minute: number) => new Date(Date.UTC(2020, 0, 1, 0, minute));
const window = `from=${at(0).toISOString()}&to=${at(60).toISOString()}`;
const start = (overrides: Partial<AuditStart>): AuditStart => ({
  userId: 'user-ada',
  userName: 'ada',
  sourceAddress: '192.0.2.1',
  action: 'instance.stop',
  regionId: 'cn-hangzhou',
  instanceId: 'i-one',
  target: null,
  detail: null,
  ...overrides,
});

let app: FastifyInstance;
let admin: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  admin = await signedIn(app, 'admin');
  const audit = app.storage.audit;
  await audit.record(start({}), { outcome: 'succeeded', cloudRequestId: 'REQ-0' }, at(0));
  await audit.record(start({ userId: 'user-bob', userName: 'bob' }), { outcome: 'failed', errorCode: 'CLOUD_INVALID_STATE' }, at(1));
  await audit.record(start({ action: 'instance.start' }), { outcome: 'succeeded' }, at(2));
  await audit.begin(start({ instanceId: 'i-two', action: 'instance.reboot' }), at(3));
  await audit.record(start({ action: 'user.update', regionId: null, instanceId: null, target: 'user:carol', detail: 'role viewer → operator' }), { outcome: 'succeeded' }, at(4));
});
afterAll(() => app.close());

const get = (query: string) => app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: admin.headers });
const minutes = async (query: string) => {
  const response = await get(`${window}&${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<AuditPage>().items.map((entry) => new Date(entry.startedAt).getUTCMinutes());
};

describe('GET /api/audit', () => {
  it('lists entries newest first, as the contract shapes them', async () => {
    const [newest] = (await get(window)).json<AuditPage>().items;
    expect(newest).toEqual({
      id: expect.any(String),
      userId: 'user-ada',
      userName: 'ada',
      sourceAddress: '192.0.2.1',
      action: 'user.update',
      regionId: null,
      instanceId: null,
      target: 'user:carol',
      detail: 'role viewer → operator',
      startedAt: at(4).toISOString(),
      completedAt: at(4).toISOString(),
      outcome: 'succeeded',
      errorCode: null,
      cloudRequestId: null,
    });
    expect(await minutes('')).toEqual([4, 3, 2, 1, 0]);
  });

  it('filters by user, action, instance, outcome and time', async () => {
    expect(await minutes('userId=user-bob')).toEqual([1]);
    expect(await minutes('action=instance.start')).toEqual([2]);
    expect(await minutes('instanceId=i-two')).toEqual([3]);
    expect(await minutes('outcome=pending')).toEqual([3]);
    expect(await minutes('outcome=failed&userId=user-bob')).toEqual([1]);
    const response = await get(`from=${at(1).toISOString()}&to=${at(3).toISOString()}`);
    expect(response.json<AuditPage>().items.map((entry) => entry.startedAt)).toEqual([at(2).toISOString(), at(1).toISOString()]);
  });

  it('pages with a cursor until every entry is seen once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await get(`${window}&limit=2${cursor === undefined ? '' : `&cursor=${cursor}`}`)).json<AuditPage>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((entry) => entry.startedAt));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual([4, 3, 2, 1, 0].map((minute) => at(minute).toISOString()));
  });

  it('answers 400 for a tampered cursor, an unknown action or a date that is not one', async () => {
    for (const query of ['cursor=bm90LWEtY3Vyc29y', 'action=instance.explode', 'from=yesterday', 'limit=1000']) {
      const response = await get(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('BAD_REQUEST');
    }
  });

  it('is for admins only', async () => {
    const operator = await signedIn(app, 'operator');
    expect((await app.inject({ method: 'GET', url: '/api/audit', headers: operator.headers })).statusCode).toBe(403);
  });
});
