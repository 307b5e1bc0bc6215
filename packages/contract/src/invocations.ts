import { Type, type Static } from 'typebox';
import { RegionId } from './auth.ts';
import { ClientToken, CommandContent, CommandName, CommandType, Launcher, TimeoutSeconds, WorkingDir } from './commands.ts';
import { InstanceIdString, TargetSelection } from './targets.ts';

export const TimeZoneName = Type.String({ minLength: 1, maxLength: 64, description: 'IANA name, GMT+8:00 form, or UTC' });

/** When to run. Reboot modes are the cloud's own; the others become RepeatMode=Period with a Frequency. */
export const Schedule = Type.Union([
  Type.Object({ kind: Type.Literal('now') }),
  Type.Object({ kind: Type.Literal('rate'), every: Type.Integer({ minimum: 1, maximum: 10080 }), unit: Type.Union([Type.Literal('m'), Type.Literal('h'), Type.Literal('d')]) }),
  Type.Object({ kind: Type.Literal('at'), local: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$', description: 'yyyy-MM-dd HH:mm:ss in timeZone' }), timeZone: TimeZoneName }),
  Type.Object({ kind: Type.Literal('cron'), expression: Type.String({ minLength: 1, maxLength: 256, description: '6 or 7 fields, seconds first' }), timeZone: TimeZoneName }),
  Type.Object({ kind: Type.Literal('next-reboot') }),
  Type.Object({ kind: Type.Literal('every-reboot') }),
]);
export type Schedule = Static<typeof Schedule>;

export const CommandChoice = Type.Union([
  Type.Object({ kind: Type.Literal('saved'), commandId: Type.String({ pattern: '^c-[A-Za-z0-9-]+$', maxLength: 128 }) }),
  Type.Object({
    kind: Type.Literal('inline'),
    type: CommandType,
    content: CommandContent,
    name: Type.Optional(CommandName),
    enableParameter: Type.Optional(Type.Boolean()),
  }),
]);
export type CommandChoice = Static<typeof CommandChoice>;

/** What to run and how, shared by a plain run and a rollout. */
export const RunOptions = Type.Object({
  command: CommandChoice,
  parameters: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 64 }), Type.String({ maxLength: 4096 }))),
  username: Type.Optional(Type.String({ maxLength: 255 })),
  workingDir: Type.Optional(WorkingDir),
  timeoutSeconds: Type.Optional(TimeoutSeconds),
  containerName: Type.Optional(Type.String({ minLength: 1, maxLength: 253 })),
  containerId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  terminationMode: Type.Optional(Type.Union([Type.Literal('Process'), Type.Literal('ProcessTree')])),
  launcher: Type.Optional(Launcher),
});
export type RunOptions = Static<typeof RunOptions>;

export const RunCommandBody = Type.Intersect([
  RunOptions,
  Type.Object({
    clientToken: ClientToken,
    target: TargetSelection,
    schedule: Schedule,
    /** Validate everything, run nothing (RepeatMode=DryRun). */
    dryRun: Type.Optional(Type.Boolean()),
  }),
]);
export type RunCommandBody = Static<typeof RunCommandBody>;

export const RunResult = Type.Object({
  /** null for a dry run. */
  invokeId: Type.Union([Type.String(), Type.Null()]),
  commandId: Type.Union([Type.String(), Type.Null()]),
  instanceCount: Type.Integer(),
  dryRun: Type.Boolean(),
});
export type RunResult = Static<typeof RunResult>;

/** Per instance, as the cloud reports it (alibaba-api.md §4.2 a). */
export const InstanceInvocationStatus = Type.Union([Type.Literal('Pending'), Type.Literal('Scheduled'), Type.Literal('Running'), Type.Literal('Stopping'), Type.Literal('Success'), Type.Literal('Failed'), Type.Literal('Invalid'), Type.Literal('Aborted'), Type.Literal('Error'), Type.Literal('Timeout'), Type.Literal('Cancelled'), Type.Literal('Terminated')]);
export type InstanceInvocationStatus = Static<typeof InstanceInvocationStatus>;

/** Rolled up over the instances (§4.2 b). */
export const InvocationStatus = Type.Union([Type.Literal('Pending'), Type.Literal('Scheduled'), Type.Literal('Running'), Type.Literal('Stopping'), Type.Literal('Success'), Type.Literal('Failed'), Type.Literal('PartialFailed'), Type.Literal('Stopped')]);
export type InvocationStatus = Static<typeof InvocationStatus>;

export const RepeatMode = Type.Union([Type.Literal('Once'), Type.Literal('Period'), Type.Literal('NextRebootOnly'), Type.Literal('EveryReboot')]);
export type RepeatMode = Static<typeof RepeatMode>;

export const InvocationSummary = Type.Object({
  invokeId: Type.String(),
  commandId: Type.String(),
  commandName: Type.String(),
  commandType: CommandType,
  status: InvocationStatus,
  repeatMode: RepeatMode,
  frequency: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  instanceCount: Type.Integer(),
  /** Instances per per-instance status, e.g. { Success: 3, Failed: 1 }. */
  statusCounts: Type.Record(Type.String(), Type.Integer()),
});
export type InvocationSummary = Static<typeof InvocationSummary>;

export const InvocationListQuery = Type.Object({
  status: Type.Optional(InvocationStatus),
  commandName: Type.Optional(Type.String({ maxLength: 128 })),
  instanceId: Type.Optional(InstanceIdString),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type InvocationListQuery = Static<typeof InvocationListQuery>;

export const InvocationList = Type.Object({ items: Type.Array(InvocationSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) });
export type InvocationList = Static<typeof InvocationList>;

export const InvocationResult = Type.Object({
  instanceId: Type.String(),
  instanceName: Type.Union([Type.String(), Type.Null()]),
  status: InstanceInvocationStatus,
  exitCode: Type.Union([Type.Integer(), Type.Null()]),
  errorCode: Type.String(),
  errorInfo: Type.String(),
  /** Decoded text, as the instance printed it: hostile input, render as text only. At most 24 KB. */
  output: Type.String(),
  /** Bytes the cloud dropped beyond its 24 KB cap. */
  dropped: Type.Integer(),
  startTime: Type.Union([Type.String(), Type.Null()]),
  finishedTime: Type.Union([Type.String(), Type.Null()]),
  stopTime: Type.Union([Type.String(), Type.Null()]),
  /** Periodic tasks: how many times it ran. */
  repeats: Type.Integer(),
});
export type InvocationResult = Static<typeof InvocationResult>;

export const InvocationDetail = Type.Object({
  invocation: Type.Intersect([
    InvocationSummary,
    Type.Object({
      content: Type.String(),
      parameters: Type.Record(Type.String(), Type.String()),
      username: Type.String(),
      workingDir: Type.String(),
      timeoutSeconds: Type.Integer(),
      containerName: Type.String(),
      terminationMode: Type.String(),
    }),
  ]),
  results: Type.Array(InvocationResult),
});
export type InvocationDetail = Static<typeof InvocationDetail>;

export const InvocationParams = Type.Object({ region: RegionId, invokeId: Type.String({ pattern: '^t-[A-Za-z0-9-]+$', maxLength: 128 }) });
export type InvocationParams = Static<typeof InvocationParams>;

/** Every execution of a periodic or every-reboot task (IncludeHistory), newest first. */
export const InvocationHistoryQuery = Type.Object({
  instanceId: Type.Optional(InstanceIdString),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});
export const InvocationHistory = Type.Object({ items: Type.Array(InvocationResult), nextCursor: Type.Union([Type.String(), Type.Null()]) });
export type InvocationHistory = Static<typeof InvocationHistory>;

export const StopInvocationBody = Type.Object({
  /** Omitted: every instance. */
  instanceIds: Type.Optional(Type.Array(InstanceIdString, { minItems: 1, maxItems: 50, uniqueItems: true })),
});
export type StopInvocationBody = Static<typeof StopInvocationBody>;

export const RerunBody = Type.Object({
  clientToken: ClientToken,
  /** failed: instances whose status is Failed, Invalid, Aborted, Error or Timeout. */
  only: Type.Union([Type.Literal('failed'), Type.Literal('all')]),
});
export type RerunBody = Static<typeof RerunBody>;
