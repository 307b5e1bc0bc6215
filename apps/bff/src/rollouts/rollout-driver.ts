import { RunOptions, type InvocationResult } from '@porthole/contract';
import type { Rollout, RolloutBatchState, RolloutRepository } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import { Value } from 'typebox/value';
import { readInvocation, submitInvocation } from '../commands/index.ts';
import { refusalOf } from './batch-refusal.ts';
import { changeRollout } from './change-rollout.ts';
import { batchClientToken, countResults } from './rollout-progress.ts';
import { abandonUnsentBatch, recordBatchError, recordResults, recordStopSent, recordSubmission } from './rollout-transitions.ts';
import { batchDetail, haltDetail, lostReason, refusedReason } from './rollout-wording.ts';
import { recordForCreator, trackForCreator } from './runner-audit.ts';

export interface RolloutDriver {
  /** Moves one leased rollout on as far as the cloud allows right now. */
  advance(rollout: Rollout): Promise<void>;
  /** Sends StopInvocation for the running batch of a cancelled rollout, once. Errors are the caller's. */
  stopRunningBatch(rollout: Rollout): Promise<string | undefined>;
}

const runningBatchOf = (rollout: Rollout) => rollout.batches.find((b) => b.status === 'running');

export function rolloutDriver(app: FastifyInstance, rollouts: RolloutRepository, now: () => Date): RolloutDriver {
  const target = (rollout: Rollout) => `rollout:${rollout.id}`;

  async function submit(rollout: Rollout, batch: RolloutBatchState): Promise<void> {
    if (!Value.Check(RunOptions, rollout.command)) {
      await changeRollout(rollouts, rollout.id, recordBatchError(batch.index, refusedReason(batch.index, 'the stored command is not readable.'), now()));
      return;
    }
    const options = rollout.command;
    const detail = batchDetail(batch.index, rollout.batches.length, batch.instanceIds);
    let invokeId: string | null;
    try {
      ({ invokeId } = await trackForCreator(app, rollout, { action: 'command.run', regionId: rollout.regionId, target: target(rollout), detail }, () =>
        submitInvocation(app, {
          regionId: rollout.regionId,
          instanceIds: batch.instanceIds,
          options,
          schedule: { kind: 'now' },
          dryRun: false,
          clientToken: batchClientToken(rollout.id, batch.index),
        }),
      ));
    } catch (error) {
      const reason = refusalOf(error);
      if (reason === undefined) {
        app.log.warn({ err: error, rolloutId: rollout.id, batch: batch.index }, 'could not send a rollout batch; sending it again on the next tick');
        return;
      }
      await changeRollout(rollouts, rollout.id, recordBatchError(batch.index, refusedReason(batch.index, reason), now()));
      return;
    }
    if (invokeId === null) throw new Error(`the cloud answered batch ${batch.index} of rollout ${rollout.id} without an InvokeId`);
    await changeRollout(rollouts, rollout.id, recordSubmission(batch.index, invokeId, now()));
  }

  async function stopRunningBatch(rollout: Rollout): Promise<string | undefined> {
    const batch = runningBatchOf(rollout);
    if (rollout.status !== 'cancelled' || batch?.invokeId == null || batch.stopSent) return undefined;
    const { requestId } = await app.cloud.stopInvocation(rollout.regionId, batch.invokeId);
    await changeRollout(rollouts, rollout.id, recordStopSent(batch.index, now()));
    return requestId;
  }

  /** Reads the running batch's results; returns the rollout after them when they started the next batch. */
  async function follow(rollout: Rollout, batch: RolloutBatchState & { invokeId: string }): Promise<Rollout | undefined> {
    let results: InvocationResult[];
    try {
      ({ results } = await readInvocation(app, rollout.regionId, batch.invokeId));
    } catch (error) {
      // e.g. the invocation is gone from the cloud: waiting for it would wait forever.
      const reason = refusalOf(error);
      if (reason === undefined) throw error;
      await changeRollout(rollouts, rollout.id, recordBatchError(batch.index, lostReason(batch.index, reason), now()));
      return undefined;
    }
    const fresh = results.map(({ instanceId, status, exitCode }) => ({ instanceId, status, exitCode }));
    const change = await changeRollout(rollouts, rollout.id, recordResults(batch.index, fresh, now()));
    if (!change) return undefined;
    const { before, after } = change;
    if (after.status === 'halted' && before.status !== 'halted') {
      const detail = haltDetail(countResults(after.batches), after.instances.length, after.maxFailures);
      await recordForCreator(app, after, { action: 'rollout.halt', regionId: after.regionId, target: target(after), detail });
    }
    if (after.status === 'cancelled' && runningBatchOf(after) !== undefined) {
      // Cancelled before the stop reached the cloud (or it failed): try again until the batch ends.
      await stopRunningBatch(after).catch((error: unknown) => app.log.warn({ err: error, rolloutId: after.id }, 'could not stop the batch of a cancelled rollout'));
      return undefined;
    }
    return runningBatchOf(after)?.invokeId === null ? after : undefined;
  }

  return {
    async advance(rollout) {
      const batch = runningBatchOf(rollout);
      if (batch === undefined) return;
      if (batch.invokeId === null) {
        if (rollout.status === 'cancelled') await changeRollout(rollouts, rollout.id, abandonUnsentBatch(now()));
        else await submit(rollout, batch);
        return;
      }
      const started = await follow(rollout, { ...batch, invokeId: batch.invokeId });
      // The next batch goes out at once rather than a tick later.
      const next = started && runningBatchOf(started);
      if (started && next) await submit(started, next);
    },
    stopRunningBatch,
  };
}
