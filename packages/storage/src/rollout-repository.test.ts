import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { rolloutRepository, type NewRollout } from './rollout-repository.ts';
import type { RolloutBatchState } from './schema.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

const waiting = (index: number, instanceIds: string[]): RolloutBatchState => ({
  index,
  instanceIds,
  status: 'waiting',
  invokeId: null,
  startedAt: null,
  finishedAt: null,
  stopSent: false,
  results: [],
});

let created = 0;
function newRollout(overrides: Partial<NewRollout> = {}): NewRollout {
  created += 1;
  return {
    id: `rollout-${created}`,
    clientToken: `token-${created}`,
    createdBy: 'user-ada',
    createdByName: 'ada',
    regionId: 'cn-hangzhou',
    commandName: 'patch',
    command: { command: { kind: 'saved', commandId: 'c-patch' }, parameters: { version: '1.2' } },
    instances: [
      { instanceId: 'i-1', instanceName: 'web-1' },
      { instanceId: 'i-2', instanceName: null },
    ],
    maxConcurrency: 1,
    maxFailures: 0,
    pauseAfterFirstBatch: true,
    batches: [waiting(0, ['i-1']), waiting(1, ['i-2'])],
    status: 'running',
    createdAt: at(created).toISOString(),
    ...overrides,
  };
}

describeEachBackend('rolloutRepository', (backend) => {
  it('stores a rollout with its command, instances and batches as given', async () => {
    const rollouts = rolloutRepository(await backend.open());
    const rollout = newRollout();
    const { rollout: stored, created: isNew } = await rollouts.create(rollout);
    expect(isNew).toBe(true);
    const expected = { ...rollout, stoppedReason: null, updatedAt: rollout.createdAt, closedAt: null, version: 1 };
    expect(stored).toEqual(expected);
    expect(await rollouts.findById(rollout.id)).toEqual(expected);
    expect(await rollouts.findById('no-such-rollout')).toBeUndefined();
  });

  it('answers a second create with the same creator and token with the first rollout', async () => {
    const rollouts = rolloutRepository(await backend.open());
    const first = newRollout({ clientToken: 'retried' });
    await rollouts.create(first);
    const again = await rollouts.create(newRollout({ clientToken: 'retried' }));
    expect(again).toMatchObject({ created: false, rollout: { id: first.id } });
    expect((await rollouts.findByClientToken('user-ada', 'retried'))?.id).toBe(first.id);
    // The token is the creator's own: another user's same token is another rollout.
    expect((await rollouts.create(newRollout({ clientToken: 'retried', createdBy: 'user-bob' }))).created).toBe(true);
    const racing = await Promise.all([rollouts.create(newRollout({ clientToken: 'raced' })), rollouts.create(newRollout({ clientToken: 'raced' }))]);
    expect(racing.map((r) => r.created).sort()).toEqual([false, true]);
    expect(racing[0].rollout.id).toBe(racing[1].rollout.id);
  });

  it('updates only from the current version, so a stale writer loses', async () => {
    const rollouts = rolloutRepository(await backend.open());
    const { rollout } = await rollouts.create(newRollout());
    const batches = [{ ...waiting(0, ['i-1']), status: 'running' as const, invokeId: 't-1', startedAt: at(30).toISOString() }, waiting(1, ['i-2'])];
    const updated = await rollouts.update(rollout.id, rollout.version, { batches, updatedAt: at(30).toISOString() });
    expect(updated).toMatchObject({ version: 2, status: 'running', batches, updatedAt: at(30).toISOString() });
    expect(await rollouts.update(rollout.id, rollout.version, { status: 'cancelled', updatedAt: at(31).toISOString() })).toBeUndefined();
    const closed = await rollouts.update(rollout.id, 2, { status: 'halted', stoppedReason: '2 failed', closedAt: at(32).toISOString(), updatedAt: at(32).toISOString() });
    expect(closed).toMatchObject({ version: 3, status: 'halted', stoppedReason: '2 failed', closedAt: at(32).toISOString(), batches });
    expect(await rollouts.update('no-such-rollout', 1, { updatedAt: at(33).toISOString() })).toBeUndefined();
  });

  it('lists a region\'s rollouts newest first, optionally one creator\'s', async () => {
    const rollouts = rolloutRepository(await backend.open());
    const older = (await rollouts.create(newRollout())).rollout;
    const bobs = (await rollouts.create(newRollout({ createdBy: 'user-bob', createdByName: 'bob' }))).rollout;
    await rollouts.create(newRollout({ regionId: 'cn-beijing' }));
    const newer = (await rollouts.create(newRollout())).rollout;
    expect((await rollouts.listByRegion('cn-hangzhou', { limit: 10 })).map((r) => r.id)).toEqual([newer.id, bobs.id, older.id]);
    expect((await rollouts.listByRegion('cn-hangzhou', { limit: 2 })).map((r) => r.id)).toEqual([newer.id, bobs.id]);
    expect((await rollouts.listByRegion('cn-hangzhou', { createdBy: 'user-ada', limit: 10 })).map((r) => r.id)).toEqual([newer.id, older.id]);
  });

  it('leases open, unpaused rollouts to one runner at a time until the lease runs out or is released', async () => {
    const rollouts = rolloutRepository(await backend.open());
    const first = (await rollouts.create(newRollout())).rollout;
    const second = (await rollouts.create(newRollout())).rollout;
    await rollouts.create(newRollout({ status: 'paused' }));
    const closed = (await rollouts.create(newRollout())).rollout;
    await rollouts.update(closed.id, 1, { status: 'succeeded', closedAt: at(40).toISOString(), updatedAt: at(40).toISOString() });

    expect((await rollouts.claim('runner-a', at(50), at(51))).map((r) => r.id)).toEqual([first.id, second.id]);
    expect(await rollouts.claim('runner-b', at(50), at(51))).toEqual([]);
    // Renewing its own lease, runner a keeps them past the first expiry.
    expect(await rollouts.claim('runner-a', at(50), at(53))).toHaveLength(2);
    expect(await rollouts.claim('runner-b', at(52), at(54))).toEqual([]);
    expect((await rollouts.claim('runner-b', at(54), at(55))).map((r) => r.id)).toEqual([first.id, second.id]);

    await rollouts.release('runner-b');
    expect(await rollouts.claim('runner-a', at(54), at(55))).toHaveLength(2);
    // The lease is not state: it moves no version.
    expect((await rollouts.findById(first.id))?.version).toBe(1);
  });
});
