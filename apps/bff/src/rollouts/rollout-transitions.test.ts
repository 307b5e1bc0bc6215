import type { Rollout, RolloutChanges, RolloutInstanceState } from '@porthole/storage';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/error-catalogue.ts';
import { abandonUnsentBatch, cancelRollout, continueRollout, initialBatches, recordBatchError, recordResults, recordSubmission, type Transition } from './rollout-transitions.ts';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const IDS = ['i-1', 'i-2', 'i-3', 'i-4', 'i-5'];

function rollout(overrides: Partial<Rollout> = {}): Rollout {
  return {
    id: 'r-1',
    clientToken: 'token',
    createdBy: 'user-ada',
    createdByName: 'ada',
    regionId: 'cn-hangzhou',
    commandName: 'patch',
    command: {},
    instances: IDS.map((instanceId) => ({ instanceId, instanceName: null })),
    maxConcurrency: 2,
    maxFailures: 1,
    pauseAfterFirstBatch: false,
    batches: initialBatches(IDS, 2, T0),
    status: 'running',
    stoppedReason: null,
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    closedAt: null,
    version: 1,
    ...overrides,
  };
}

/** Applies a transition like changeRollout does. */
function apply(before: Rollout, transition: Transition): Rollout {
  const changes: RolloutChanges | undefined = transition(before);
  return changes === undefined ? before : { ...before, ...changes, version: before.version + 1 };
}

const result = (instanceId: string, status: string, exitCode: number | null = null): RolloutInstanceState => ({ instanceId, status, exitCode });
const statuses = (r: Rollout) => r.batches.map((b) => b.status);

describe('rollout transitions', () => {
  it('cuts the instances into batches in order and starts the first', () => {
    const batches = initialBatches(IDS, 2, T0);
    expect(batches.map((b) => b.instanceIds)).toEqual([['i-1', 'i-2'], ['i-3', 'i-4'], ['i-5']]);
    expect(batches.map((b) => [b.status, b.startedAt])).toEqual([['running', T0.toISOString()], ['waiting', null], ['waiting', null]]);
  });

  it('keeps a batch running until every instance has ended, then starts the next', () => {
    let r = apply(rollout(), recordSubmission(0, 't-1', at(1)));
    expect(r.batches[0]?.invokeId).toBe('t-1');
    expect(recordSubmission(0, 't-other', at(2))(r)).toBeUndefined();

    r = apply(r, recordResults(0, [result('i-1', 'Success', 0), result('i-2', 'Running')], at(2)));
    expect(statuses(r)).toEqual(['running', 'waiting', 'waiting']);
    expect(recordResults(0, [result('i-2', 'Running')], at(3))(r)).toBeUndefined();

    r = apply(r, recordResults(0, [result('i-2', 'Success', 0)], at(4)));
    expect(statuses(r)).toEqual(['succeeded', 'running', 'waiting']);
    expect(r.batches[0]?.results).toEqual([result('i-1', 'Success', 0), result('i-2', 'Success', 0)]);
    expect(r.batches[1]?.startedAt).toBe(at(4).toISOString());
    expect(r.status).toBe('running');
  });

  it('halts after the batch that takes the failures past the threshold, skipping the rest', () => {
    let r = apply(rollout(), recordSubmission(0, 't-1', at(1)));
    r = apply(r, recordResults(0, [result('i-1', 'Failed', 3), result('i-2', 'Success', 0)], at(2)));
    expect([r.status, ...statuses(r)]).toEqual(['running', 'failed', 'running', 'waiting']);
    r = apply(r, recordSubmission(1, 't-2', at(3)));
    r = apply(r, recordResults(1, [result('i-3', 'Timeout'), result('i-4', 'Cancelled')], at(4)));
    expect([r.status, ...statuses(r)]).toEqual(['halted', 'failed', 'failed', 'skipped']);
    expect(r.stoppedReason).toBe('2 instances failed, more than the 1 allowed.');
    expect(r.closedAt).toBe(at(4).toISOString());
  });

  it('succeeds when every batch ran within the threshold', () => {
    let r = rollout({ instances: [{ instanceId: 'i-1', instanceName: null }], batches: initialBatches(['i-1'], 2, T0) });
    r = apply(apply(r, recordSubmission(0, 't-1', at(1))), recordResults(0, [result('i-1', 'Error')], at(2)));
    expect([r.status, r.closedAt, ...statuses(r)]).toEqual(['succeeded', at(2).toISOString(), 'failed']);
  });

  it('pauses after the first batch, and continues only when paused', () => {
    let r = apply(rollout({ pauseAfterFirstBatch: true }), recordSubmission(0, 't-1', at(1)));
    r = apply(r, recordResults(0, [result('i-1', 'Success', 0), result('i-2', 'Success', 0)], at(2)));
    expect([r.status, r.closedAt, ...statuses(r)]).toEqual(['paused', null, 'succeeded', 'waiting', 'waiting']);

    r = apply(r, continueRollout(at(3)));
    expect([r.status, ...statuses(r)]).toEqual(['running', 'succeeded', 'running', 'waiting']);
    expect(() => continueRollout(at(4))(r)).toThrow(ApiError);
    // Later batches do not pause again.
    r = apply(apply(r, recordSubmission(1, 't-2', at(5))), recordResults(1, [result('i-3', 'Success', 0), result('i-4', 'Success', 0)], at(6)));
    expect([r.status, ...statuses(r)]).toEqual(['running', 'succeeded', 'succeeded', 'running']);
  });

  it('cancels: nothing more starts, and a running batch is settled before the rollout closes', () => {
    let r = apply(rollout(), recordSubmission(0, 't-1', at(1)));
    r = apply(r, cancelRollout('bob', at(2)));
    expect([r.status, r.stoppedReason, r.closedAt, ...statuses(r)]).toEqual(['cancelled', 'Cancelled by bob.', null, 'running', 'skipped', 'skipped']);
    expect(() => cancelRollout('bob', at(3))(r)).toThrow(expect.objectContaining({ code: 'ROLLOUT_STATE' }));

    r = apply(r, recordResults(0, [result('i-1', 'Terminated'), result('i-2', 'Success', 0)], at(4)));
    expect([r.status, r.closedAt, ...statuses(r)]).toEqual(['cancelled', at(4).toISOString(), 'failed', 'skipped', 'skipped']);
  });

  it('closes a paused rollout at once when cancelled, and never sends a batch it had not sent', () => {
    const paused = rollout({ status: 'paused', batches: initialBatches(IDS, 2, T0).map((b) => ({ ...b, status: b.index === 0 ? 'succeeded' : 'waiting' })) });
    expect(apply(paused, cancelRollout('bob', at(1))).closedAt).toBe(at(1).toISOString());

    const unsent = apply(rollout(), cancelRollout('bob', at(1)));
    const abandoned = apply(unsent, abandonUnsentBatch(at(2)));
    expect([abandoned.closedAt, ...statuses(abandoned)]).toEqual([at(2).toISOString(), 'skipped', 'skipped', 'skipped']);
    expect(abandonUnsentBatch(at(2))(rollout())).toBeUndefined();
  });

  it('stops with an error when the cloud refuses a batch', () => {
    const r = apply(rollout(), recordBatchError(0, 'The cloud refused batch 1: Invocation.ExceedQuota: the daily quota is used up', at(1)));
    expect([r.status, r.closedAt, ...statuses(r)]).toEqual(['error', at(1).toISOString(), 'failed', 'skipped', 'skipped']);
    expect(r.stoppedReason).toBe('The cloud refused batch 1: Invocation.ExceedQuota: the daily quota is used up');
  });
});
