import type { AuditEntry, AuditPage } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

const at = (minute: number) => new Date(Date.UTC(2020, 0, 1, 0, minute));
const subject = { userId: 'user-ada', userName: 'ada', sourceAddress: '192.0.2.1', regionId: 'cn-hangzhou', instanceId: 'i-one', target: null, detail: null };

let app: FastifyInstance;
let admin: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  admin = await signedIn(app, 'admin');
  for (const [minute, action] of [[0, 'instance.stop'], [1, 'instance.start'], [2, 'instance.stop']] as const) {
    await app.storage.audit.record({ ...subject, action }, { outcome: 'succeeded' }, at(minute));
  }
});
afterAll(() => app.close());

describe('GET /api/audit/export', () => {
  it('streams the matching entries as JSON lines in a dated attachment', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/audit/export?action=instance.stop', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="porthole-audit-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const lines = response.body.split('\n');
    expect(lines.pop()).toBe('');
    const entries = lines.map((line) => JSON.parse(line) as AuditEntry);
    expect(entries.map((entry) => [entry.action, entry.startedAt])).toEqual([
      ['instance.stop', at(2).toISOString()],
      ['instance.stop', at(0).toISOString()],
    ]);
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual(Object.keys(subject).concat('id', 'action', 'startedAt', 'completedAt', 'outcome', 'errorCode', 'cloudRequestId').sort());
  });

  it('is itself audited, with the filters it was given', async () => {
    await app.inject({ method: 'GET', url: `/api/audit/export?instanceId=i-one&from=${at(1).toISOString()}`, headers: admin.headers });
    const exports = async () =>
      (await app.inject({ method: 'GET', url: '/api/audit?action=audit.export&outcome=succeeded', headers: admin.headers })).json<AuditPage>().items;
    await expect.poll(async () => (await exports()).map((entry) => entry.detail)).toContain(`instanceId=i-one from=${at(1).toISOString()}`);
    expect((await exports())[0]).toEqual(expect.objectContaining({ userId: admin.user.id, completedAt: expect.any(String) }));
  });
});
