import { frequencyProblem, nextRuns, parseFrequency, type Frequency } from '@porthole/schedule';
import { caErrors } from '../../cloud-assistant/errors.ts';
import { REPEAT_MODES, TERMINATION_MODES, type CommandType, type RepeatMode, type TerminationMode } from '../../cloud-assistant/model.ts';
import type { RpcParams } from '../../operation.ts';
import { optional } from '../params.ts';
import { LIMITS, launcherParam, timeoutParam, workingDirParam } from './command-fields.ts';

/** How a task runs, from the InvokeCommand/RunCommand parameters and the command's own defaults. */
export interface InvokeOptions {
  readonly repeatMode: RepeatMode;
  readonly dryRun: boolean;
  readonly frequency: Frequency | undefined;
  readonly timeoutSeconds: number;
  readonly username: string;
  readonly workingDir: string;
  readonly launcher: string;
  readonly containerId: string;
  readonly containerName: string;
  readonly terminationMode: TerminationMode;
  readonly ossOutputDelivery: string;
}

export interface CommandDefaults {
  readonly type: CommandType;
  readonly timeoutSeconds: number;
  readonly workingDir: string;
  readonly launcher: string;
}

const CONTAINER_ID = /^(?:(?:docker|containerd|cri-o):\/\/)?[0-9a-f]{64}$/;
/** Docker's and Kubernetes' container name rules together. */
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
const OSS_DELIVERY = /^oss:\/\/[a-z0-9][a-z0-9-]{1,61}[a-z0-9](?:\/[^\s]*)?$/;
const isWindowsType = (type: CommandType) => type === 'RunPowerShellScript' || type === 'RunBatScript';

/** RepeatMode, with its documented default: Once, or Period whenever a Frequency is given. */
function repeatMode(params: RpcParams): { mode: RepeatMode; dryRun: boolean } {
  const raw = optional(params, 'RepeatMode') ?? 'Once';
  if (raw === 'DryRun') return { mode: optional(params, 'Frequency') === undefined ? 'Once' : 'Period', dryRun: true };
  if (!(REPEAT_MODES as readonly string[]).includes(raw)) throw caErrors.repeatModeNotFound();
  if (optional(params, 'Frequency') !== undefined) return { mode: 'Period', dryRun: false };
  return { mode: raw as RepeatMode, dryRun: false };
}

function frequency(params: RpcParams, mode: RepeatMode, timeoutSeconds: number, now: number): Frequency | undefined {
  const text = optional(params, 'Frequency');
  if (mode !== 'Period') return undefined;
  if (text === undefined) throw caErrors.missingFrequency();
  const parsed = parseFrequency(text);
  if (!parsed.ok) throw caErrors.invalidFrequency(parsed.reason);
  const problem = frequencyProblem(parsed.frequency, { timeoutSeconds, after: now });
  if (problem) throw caErrors.invalidFrequency(problem);
  // A schedule that never fires again (an `at` in the past, a cron whose years are over) is refused too.
  if (nextRuns(parsed.frequency, { after: now, count: 1, createdAt: now }).length === 0) {
    throw caErrors.invalidFrequency('It has no run time after now.');
  }
  return parsed.frequency;
}

function username(params: RpcParams, type: CommandType): string {
  const name = optional(params, 'Username');
  if (name !== undefined && name.length > LIMITS.username) throw caErrors.usernameTooLong();
  const passwordName = optional(params, 'WindowsPasswordName');
  if (passwordName !== undefined && passwordName.length > LIMITS.username) throw caErrors.windowsPasswordNameTooLong();
  const fallback = isWindowsType(type) ? 'System' : 'root';
  if (isWindowsType(type) && name !== undefined && name.toLowerCase() !== 'system' && passwordName === undefined) {
    throw caErrors.windowsPasswordNameMissed();
  }
  return name ?? fallback;
}

function container(params: RpcParams): { containerId: string; containerName: string } {
  const containerId = optional(params, 'ContainerId') ?? '';
  const containerName = optional(params, 'ContainerName') ?? '';
  if (containerId !== '' && !CONTAINER_ID.test(containerId)) throw caErrors.invalidContainerId();
  if (containerName !== '' && !CONTAINER_NAME.test(containerName)) throw caErrors.invalidContainerName();
  return { containerId, containerName };
}

export function invokeOptions(params: RpcParams, command: CommandDefaults, now: number): InvokeOptions {
  const { mode, dryRun } = repeatMode(params);
  const timeoutSeconds = timeoutParam(params) ?? command.timeoutSeconds;
  const terminationMode = optional(params, 'TerminationMode') ?? 'Process';
  if (!(TERMINATION_MODES as readonly string[]).includes(terminationMode)) throw caErrors.terminationModeNotFound();
  const ossOutputDelivery = optional(params, 'OssOutputDelivery') ?? '';
  if (ossOutputDelivery !== '' && !OSS_DELIVERY.test(ossOutputDelivery)) throw caErrors.invalidOssOutputDelivery();
  const containerChoice = container(params);
  if (isWindowsType(command.type) && (containerChoice.containerId || containerChoice.containerName)) throw caErrors.instanceNotMatch();
  return {
    repeatMode: mode,
    dryRun,
    frequency: frequency(params, mode, timeoutSeconds, now),
    timeoutSeconds,
    username: username(params, command.type),
    workingDir: workingDirParam(params) ?? command.workingDir,
    launcher: launcherParam(params) ?? command.launcher,
    ...containerChoice,
    terminationMode: terminationMode as TerminationMode,
    ossOutputDelivery,
  };
}
