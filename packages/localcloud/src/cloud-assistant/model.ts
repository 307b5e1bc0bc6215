import type { Tag } from '../world/model.ts';

/**
 * The Cloud Assistant's records. Everything here is plain JSON so the persistence file can keep it as is.
 * Times are ms since epoch on the world clock.
 */

export const COMMAND_TYPES = ['RunShellScript', 'RunPythonScript', 'RunPowerShellScript', 'RunBatScript'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

export const REPEAT_MODES = ['Once', 'Period', 'NextRebootOnly', 'EveryReboot'] as const;
export type RepeatMode = (typeof REPEAT_MODES)[number];

export const TERMINATION_MODES = ['Process', 'ProcessTree'] as const;
export type TerminationMode = (typeof TERMINATION_MODES)[number];

/** Per-instance `InvocationStatus`, alibaba-api.md §4.2 (a). */
export type InstanceStatus =
  | 'Pending'
  | 'Scheduled'
  | 'Running'
  | 'Stopping'
  | 'Success'
  | 'Failed'
  | 'Invalid'
  | 'Aborted'
  | 'Error'
  | 'Timeout'
  | 'Cancelled'
  | 'Terminated';

export interface ParameterDefinition {
  readonly name: string;
  readonly description: string;
  /** Absent: the parameter has no default (then `required` decides whether it may be left out). */
  readonly defaultValue?: string;
  readonly required: boolean;
  readonly patternRegex: string;
  readonly possibleValues: readonly string[];
}

export interface CommandRecord {
  readonly commandId: string;
  /** Undefined for the cloud's common commands, which exist in every region. */
  readonly regionId: string | undefined;
  name: string;
  description: string;
  readonly type: CommandType;
  /** Plain text, as the guest will run it (before parameter substitution). */
  readonly content: string;
  workingDir: string;
  timeoutSeconds: number;
  readonly enableParameter: boolean;
  launcher: string;
  readonly resourceGroupId: string;
  readonly tags: readonly Tag[];
  readonly creationTime: number;
  invokeTimes: number;
  /** e.g. `AlibabaCloud.ECS.GuestOS` for common commands; undefined for the account's own. */
  readonly provider: string | undefined;
  readonly category: string;
  readonly version: number;
  readonly parameterDefinitions: readonly ParameterDefinition[];
}

/** One execution of a task on one instance. Periodic tasks collect one per run (IncludeHistory). */
export interface RunRecord {
  /** 1 for the first run. */
  readonly repeat: number;
  status: InstanceStatus;
  /** Undefined while nothing has exited (running, killed, refused). */
  exitCode?: number;
  errorCode: string;
  errorInfo: string;
  /** Base64 of the kept output. */
  output: string;
  dropped: number;
  readonly startTime: number;
  finishedTime?: number;
  stopTime?: number;
  updateTime: number;
}

/** The task on one instance: its current status and its runs (at most one for a one-time task). */
export interface InstanceTask {
  readonly instanceId: string;
  status: InstanceStatus;
  /** Why the task never got to run (Aborted, Invalid before a run). Runs carry their own. */
  errorCode: string;
  errorInfo: string;
  readonly creationTime: number;
  updateTime: number;
  stopTime?: number;
  runs: RunRecord[];
}

export interface InvocationRecord {
  readonly invokeId: string;
  readonly regionId: string;
  readonly commandId: string;
  readonly commandName: string;
  readonly commandType: CommandType;
  readonly commandDescription: string;
  readonly content: string;
  readonly enableParameter: boolean;
  /** As passed in `Parameters`; shown back as a JSON string. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Parameters after defaults, used for substitution. */
  readonly resolvedParameters: Readonly<Record<string, string>>;
  readonly repeatMode: RepeatMode;
  readonly frequency: string;
  readonly timeoutSeconds: number;
  readonly username: string;
  readonly workingDir: string;
  readonly launcher: string;
  readonly containerId: string;
  readonly containerName: string;
  readonly terminationMode: TerminationMode;
  readonly ossOutputDelivery: string;
  readonly resourceGroupId: string;
  readonly tags: readonly Tag[];
  readonly creationTime: number;
  readonly instances: InstanceTask[];
}

const STOPPED_CLASS: ReadonlySet<InstanceStatus> = new Set(['Cancelled', 'Terminated']);
const FAILED_CLASS: ReadonlySet<InstanceStatus> = new Set(['Failed', 'Invalid', 'Aborted', 'Error', 'Timeout']);

export const isStoppedClass = (status: InstanceStatus): boolean => STOPPED_CLASS.has(status);
export const isFailedClass = (status: InstanceStatus): boolean => FAILED_CLASS.has(status);
export const isTerminal = (status: InstanceStatus): boolean =>
  status === 'Success' || isStoppedClass(status) || isFailedClass(status);

export const isPeriodic = (mode: RepeatMode): boolean => mode === 'Period' || mode === 'EveryReboot';
