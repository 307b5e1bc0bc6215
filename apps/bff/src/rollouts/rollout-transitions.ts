// How a rollout moves on, as pure functions of its stored state. Each returns the changes to save, or
// undefined when there is nothing to change; change-rollout.ts applies them against the latest version.
// The invariant they keep: a rollout is `running` exactly while one of its batches is `running`.
import type { Rollout, RolloutBatchState, RolloutChanges, RolloutInstanceState } from '@porthole/storage';
import { ApiError } from '../errors/error-catalogue.ts';
import { batchDone, countResults, planBatches } from './rollout-progress.ts';
import { haltReason } from './rollout-wording.ts';

export type Transition = (rollout: Rollout) => RolloutChanges | undefined;

const replace = (batches: readonly RolloutBatchState[], batch: RolloutBatchState) => batches.map((b) => (b.index === batch.index ? batch : b));
const skipWaiting = (batches: readonly RolloutBatchState[]) => batches.map((b): RolloutBatchState => (b.status === 'waiting' ? { ...b, status: 'skipped' } : b));

/** The batches of a new rollout: the first one starts at once. */
export function initialBatches(instanceIds: readonly string[], size: number, now: Date): RolloutBatchState[] {
  return planBatches(instanceIds, size).map((batch) => (batch.index === 0 ? { ...batch, status: 'running', startedAt: now.toISOString() } : batch));
}

/** The rollout after a batch ended (`finished`), or when it resumes (none). */
function proceed(rollout: Rollout, batches: RolloutBatchState[], finished: RolloutBatchState | undefined, now: Date): RolloutChanges {
  const time = now.toISOString();
  if (rollout.status === 'cancelled') return { batches, closedAt: time, updatedAt: time };
  const { failed } = countResults(batches);
  if (failed > rollout.maxFailures) {
    return { status: 'halted', stoppedReason: haltReason(failed, rollout.maxFailures), batches: skipWaiting(batches), closedAt: time, updatedAt: time };
  }
  const next = batches.find((b) => b.status === 'waiting');
  if (next === undefined) return { status: 'succeeded', batches, closedAt: time, updatedAt: time };
  if (finished?.index === 0 && rollout.pauseAfterFirstBatch) return { status: 'paused', batches, updatedAt: time };
  return { status: 'running', batches: replace(batches, { ...next, status: 'running', startedAt: time }), updatedAt: time };
}

/** The latest per-instance results of a running batch; when they end the batch, what comes next. */
export const recordResults =
  (index: number, fresh: readonly RolloutInstanceState[], now: Date): Transition =>
  (rollout) => {
    const batch = rollout.batches[index];
    if (batch?.status !== 'running') return undefined;
    const results = batch.instanceIds.flatMap((id) => {
      const result = fresh.find((r) => r.instanceId === id) ?? batch.results.find((r) => r.instanceId === id);
      return result === undefined ? [] : [result];
    });
    const updated = { ...batch, results };
    if (!batchDone(updated)) {
      return JSON.stringify(results) === JSON.stringify(batch.results) ? undefined : { batches: replace(rollout.batches, updated), updatedAt: now.toISOString() };
    }
    const finished: RolloutBatchState = { ...updated, status: results.every((r) => r.status === 'Success') ? 'succeeded' : 'failed', finishedAt: now.toISOString() };
    return proceed(rollout, replace(rollout.batches, finished), finished, now);
  };

/** The cloud accepted a batch. */
export const recordSubmission =
  (index: number, invokeId: string, now: Date): Transition =>
  (rollout) => {
    const batch = rollout.batches[index];
    if (batch?.status !== 'running' || batch.invokeId !== null) return undefined;
    return { batches: replace(rollout.batches, { ...batch, invokeId }), updatedAt: now.toISOString() };
  };

/** The cloud refused a batch, or lost track of it: nothing more runs. `reason` is for people. */
export const recordBatchError =
  (index: number, reason: string, now: Date): Transition =>
  (rollout) => {
    const batch = rollout.batches[index];
    if (batch?.status !== 'running') return undefined;
    const time = now.toISOString();
    const batches = skipWaiting(replace(rollout.batches, { ...batch, status: 'failed', finishedAt: time }));
    if (rollout.status === 'cancelled') return { batches, closedAt: time, updatedAt: time };
    return { status: 'error', stoppedReason: reason, batches, closedAt: time, updatedAt: time };
  };

/** StopInvocation went out for a batch of a cancelled rollout. */
export const recordStopSent =
  (index: number, now: Date): Transition =>
  (rollout) => {
    const batch = rollout.batches[index];
    if (batch?.status !== 'running' || batch.stopSent) return undefined;
    return { batches: replace(rollout.batches, { ...batch, stopSent: true }), updatedAt: now.toISOString() };
  };

/**
 * A cancelled rollout whose batch never reached the cloud (the runner stopped between deciding to send it
 * and sending it): it is not sent now.
 */
export const abandonUnsentBatch =
  (now: Date): Transition =>
  (rollout) => {
    const batch = rollout.batches.find((b) => b.status === 'running');
    if (rollout.status !== 'cancelled' || batch?.invokeId !== null) return undefined;
    const time = now.toISOString();
    return { batches: replace(rollout.batches, { ...batch, status: 'skipped', finishedAt: time }), closedAt: time, updatedAt: time };
  };

export const continueRollout =
  (now: Date): Transition =>
  (rollout) => {
    if (rollout.status !== 'paused') throw new ApiError('ROLLOUT_STATE', `Only a paused rollout can continue; this one is ${rollout.status}.`);
    return proceed({ ...rollout, status: 'running' }, rollout.batches, undefined, now);
  };

/** No further batch starts; a running one is stopped by the caller and settled by the runner, which then closes the rollout. */
export const cancelRollout =
  (userName: string, now: Date): Transition =>
  (rollout) => {
    if (rollout.status !== 'running' && rollout.status !== 'paused') {
      throw new ApiError('ROLLOUT_STATE', `Only a running or paused rollout can be cancelled; this one is ${rollout.status}.`);
    }
    const time = now.toISOString();
    const stillRunning = rollout.batches.some((b) => b.status === 'running');
    return { status: 'cancelled', stoppedReason: `Cancelled by ${userName}.`, batches: skipWaiting(rollout.batches), closedAt: stillRunning ? null : time, updatedAt: time };
  };
