import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { auditRepository, type AuditStart } from './audit-repository.ts';
import type { AuditEvent } from './schema.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
const start = (overrides: Partial<AuditStart> = {}): AuditStart => ({
  userId: 'user-ada',
  userName: 'ada',
  sourceAddress: '127.0.0.1',
  action: 'StopInstance',
  regionId: 'cn-hangzhou',
  instanceId: 'i-one',
  target: null,
  detail: null,
  ...overrides,
});

describeEachBackend('auditRepository', (backend) => {
  it('records an action as pending, then completes it with the outcome and request id', async () => {
    const audit = auditRepository(await backend.open());
    const begun = await audit.begin(start(), at(0));
    expect(begun).toEqual(expect.objectContaining({ outcome: 'pending', startedAt: at(0).toISOString(), completedAt: null, cloudRequestId: null }));
    expect((await audit.query({}, { limit: 10 })).events).toEqual([begun]);

    const settled = {
      ...start(),
      id: begun.id,
      startedAt: at(0).toISOString(),
      completedAt: at(1).toISOString(),
      outcome: 'failed',
      errorCode: 'IncorrectInstanceStatus',
      cloudRequestId: 'REQ-1',
    } satisfies AuditEvent;
    expect(await audit.complete(begun.id, { outcome: 'failed', errorCode: 'IncorrectInstanceStatus', cloudRequestId: 'REQ-1' }, at(1))).toEqual(settled);
    // The record is final once settled.
    expect(await audit.complete(begun.id, { outcome: 'succeeded' }, at(2))).toBeUndefined();
    expect(await audit.complete('no-such-id', { outcome: 'succeeded' }, at(2))).toBeUndefined();
    expect((await audit.query({}, { limit: 10 })).events).toEqual([settled]);
  });

  it('records a settled one-shot entry with its target and detail', async () => {
    const audit = auditRepository(await backend.open());
    const what = start({ action: 'user.update', regionId: null, instanceId: null, target: 'user:bob', detail: 'role viewer → operator' });
    const recorded = await audit.record(what, { outcome: 'succeeded' }, at(3));
    expect(recorded).toEqual({
      ...what,
      id: expect.any(String),
      startedAt: at(3).toISOString(),
      completedAt: at(3).toISOString(),
      outcome: 'succeeded',
      errorCode: null,
      cloudRequestId: null,
    });
    expect((await audit.query({ outcome: 'succeeded' }, { limit: 10 })).events).toEqual([recorded]);
  });

  it('keeps a pending entry across a crash between begin and complete', async () => {
    const before = await backend.open();
    const { id } = await auditRepository(before).begin(start({ action: 'RebootInstance' }), at(0));
    // The process dies mid-call: the handle goes away without the entry being completed.
    await before.destroy();

    const after = auditRepository(await backend.open());
    expect((await after.query({ outcome: 'pending' }, { limit: 10 })).events).toEqual([
      expect.objectContaining({ id, action: 'RebootInstance', outcome: 'pending', completedAt: null }),
    ]);
  });

  it('filters by user, action, instance and time', async () => {
    const audit = auditRepository(await backend.open());
    await audit.begin(start(), at(0));
    await audit.begin(start({ userId: 'user-bob', userName: 'bob' }), at(1));
    await audit.begin(start({ action: 'StartInstance' }), at(2));
    await audit.begin(start({ instanceId: 'i-two' }), at(3));
    await audit.begin(start({ userId: null, userName: null, action: 'SignInFailed', regionId: null, instanceId: null }), at(4));

    const minutes = async (filter: Parameters<typeof audit.query>[0]) =>
      (await audit.query(filter, { limit: 10 })).events.map((e) => new Date(e.startedAt).getUTCMinutes());
    expect(await minutes({})).toEqual([4, 3, 2, 1, 0]);
    expect(await minutes({ userId: 'user-bob' })).toEqual([1]);
    expect(await minutes({ action: 'StartInstance' })).toEqual([2]);
    expect(await minutes({ instanceId: 'i-two' })).toEqual([3]);
    expect(await minutes({ from: at(1), to: at(3) })).toEqual([2, 1]);
    expect(await minutes({ userId: 'user-ada', action: 'StopInstance', instanceId: 'i-one' })).toEqual([0]);
  });

  it('pages newest first with a cursor, ties on time broken by id', async () => {
    const audit = auditRepository(await backend.open());
    const ids: string[] = [];
    // Seven events in three instants, so pages split inside a group of equal start times.
    for (const minute of [0, 0, 0, 1, 1, 2, 2]) ids.push((await audit.begin(start(), at(minute))).id);

    const seen: AuditEvent[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await audit.query({}, cursor === undefined ? { limit: 3 } : { limit: 3, cursor });
      seen.push(...page.events);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);

    expect(pages).toBe(3);
    expect(new Set(seen.map((e) => e.id))).toEqual(new Set(ids));
    const keys = seen.map((e) => `${e.startedAt}|${e.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('exports every matching event as JSON lines', async () => {
    const audit = auditRepository(await backend.open());
    await audit.begin(start(), at(0));
    await audit.begin(start({ action: 'StartInstance' }), at(1));
    await audit.begin(start(), at(2));

    const lines: string[] = [];
    for await (const line of audit.exportJsonLines({ action: 'StopInstance' })) lines.push(line);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.endsWith('\n'))).toBe(true);
    expect(lines.map((line) => (JSON.parse(line) as AuditEvent).startedAt)).toEqual([at(2).toISOString(), at(0).toISOString()]);
  });
});
