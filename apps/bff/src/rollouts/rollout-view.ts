import { InstanceInvocationStatus, type RolloutBatch, type RolloutDetail, type RolloutInstanceResult, type RolloutSummary } from '@porthole/contract';
import type { Rollout, RolloutBatchState } from '@porthole/storage';
import { Value } from 'typebox/value';
import { countResults } from './rollout-progress.ts';

/** A rollout as lists show it. Fields are picked one by one: nothing stored reaches the browser unnoticed. */
export function toRolloutSummary(rollout: Rollout): RolloutSummary {
  const { succeeded, failed } = countResults(rollout.batches);
  return {
    id: rollout.id,
    regionId: rollout.regionId,
    commandName: rollout.commandName,
    status: rollout.status,
    createdBy: rollout.createdByName,
    createdAt: rollout.createdAt,
    updatedAt: rollout.updatedAt,
    instanceCount: rollout.instances.length,
    maxConcurrency: rollout.maxConcurrency,
    maxFailures: rollout.maxFailures,
    pauseAfterFirstBatch: rollout.pauseAfterFirstBatch,
    succeeded,
    failed,
    stoppedReason: rollout.stoppedReason,
  };
}

function toBatch(batch: RolloutBatchState, names: ReadonlyMap<string, string | null>): RolloutBatch {
  const results = batch.instanceIds.map((instanceId): RolloutInstanceResult => {
    const result = batch.results.find((r) => r.instanceId === instanceId);
    // Stored statuses come from the cloud's answers; an instance without one has not started.
    const status = result !== undefined && Value.Check(InstanceInvocationStatus, result.status) ? result.status : 'NotStarted';
    return { instanceId, instanceName: names.get(instanceId) ?? null, status, exitCode: result?.exitCode ?? null };
  });
  return { index: batch.index, status: batch.status, invokeId: batch.invokeId, startedAt: batch.startedAt, finishedAt: batch.finishedAt, results };
}

export function toRolloutDetail(rollout: Rollout): RolloutDetail {
  const names = new Map(rollout.instances.map((i) => [i.instanceId, i.instanceName]));
  return { rollout: toRolloutSummary(rollout), batches: rollout.batches.map((batch) => toBatch(batch, names)) };
}
