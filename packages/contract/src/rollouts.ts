import { Type, type Static } from 'typebox';
import { RegionId } from './auth.ts';
import { ClientToken } from './commands.ts';
import { InstanceInvocationStatus, RunOptions } from './invocations.ts';
import { TargetSelection } from './targets.ts';

/**
 * A rollout runs one command over many instances in batches of at most `maxConcurrency` instances, one batch
 * after the other, and halts when more than `maxFailures` instances have failed. The BFF drives it on top of
 * InvokeCommand and keeps its state in the database, so it survives a BFF restart.
 */
export const CreateRolloutBody = Type.Intersect([
  RunOptions,
  Type.Object({
    clientToken: ClientToken,
    target: TargetSelection,
    maxConcurrency: Type.Integer({ minimum: 1, maximum: 100 }),
    maxFailures: Type.Integer({ minimum: 0, maximum: 1000, description: 'Halt when failures exceed this' }),
    pauseAfterFirstBatch: Type.Optional(Type.Boolean({ default: false })),
  }),
]);
export type CreateRolloutBody = Static<typeof CreateRolloutBody>;

export const RolloutStatus = Type.Union([
  Type.Literal('running'),
  Type.Literal('paused'),
  Type.Literal('succeeded'),
  Type.Literal('halted'),
  Type.Literal('cancelled'),
  Type.Literal('error'),
], { description: 'halted: the error threshold was exceeded; error: the cloud refused a batch' });
export type RolloutStatus = Static<typeof RolloutStatus>;

export const BatchStatus = Type.Union([
  Type.Literal('waiting'),
  Type.Literal('running'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
  Type.Literal('skipped'),
]);
export type BatchStatus = Static<typeof BatchStatus>;

export const RolloutInstanceResult = Type.Object({
  instanceId: Type.String(),
  instanceName: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([InstanceInvocationStatus, Type.Literal('NotStarted')]),
  exitCode: Type.Union([Type.Integer(), Type.Null()]),
});
export type RolloutInstanceResult = Static<typeof RolloutInstanceResult>;

export const RolloutBatch = Type.Object({
  index: Type.Integer({ description: '0-based' }),
  status: BatchStatus,
  invokeId: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  results: Type.Array(RolloutInstanceResult),
});
export type RolloutBatch = Static<typeof RolloutBatch>;

export const RolloutSummary = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  commandName: Type.String(),
  status: RolloutStatus,
  createdBy: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  instanceCount: Type.Integer(),
  maxConcurrency: Type.Integer(),
  maxFailures: Type.Integer(),
  pauseAfterFirstBatch: Type.Boolean(),
  succeeded: Type.Integer(),
  failed: Type.Integer(),
  /** Why it stopped (halted, cancelled, error), in words for the user. */
  stoppedReason: Type.Union([Type.String(), Type.Null()]),
});
export type RolloutSummary = Static<typeof RolloutSummary>;

export const RolloutDetail = Type.Object({ rollout: RolloutSummary, batches: Type.Array(RolloutBatch) });
export type RolloutDetail = Static<typeof RolloutDetail>;

export const RolloutList = Type.Object({ items: Type.Array(RolloutSummary) });
export type RolloutList = Static<typeof RolloutList>;

export const RolloutParams = Type.Object({ region: RegionId, rolloutId: Type.String({ minLength: 1, maxLength: 64 }) });
export type RolloutParams = Static<typeof RolloutParams>;
