import type { InstanceTask, InvocationRecord, RunRecord } from '../../cloud-assistant/model.ts';
import { isPeriodic } from '../../cloud-assistant/model.ts';
import { legacyInstanceStatus, legacyTaskStatus, taskStatus } from '../../cloud-assistant/status-rollup.ts';
import { isoSeconds } from '../../world/time-format.ts';
import { encodeContent, outputAs, type ContentEncoding } from './content.ts';
import { tagsView } from './tag-params.ts';

const time = (ms: number | undefined): string => (ms === undefined ? '' : isoSeconds(ms));

/**
 * The per-instance fields both Describe operations share. `run` is the execution shown: the latest for
 * the instance's current state, each one in turn for IncludeHistory. A killed run has no exit code;
 * -1 says so, 0 is left for runs that never started a process.
 */
function executionFields(task: InstanceTask, run: RunRecord | undefined, encoding: ContentEncoding, withOutput: boolean) {
  const killed = run?.status === 'Timeout' || run?.status === 'Terminated';
  return {
    InstanceId: task.instanceId,
    ExitCode: run?.exitCode ?? (killed ? -1 : 0),
    ErrorCode: run?.errorCode || task.errorCode,
    ErrorInfo: run?.errorInfo || task.errorInfo,
    Output: withOutput && run ? outputAs(run.output, encoding) : '',
    Dropped: run?.dropped ?? 0,
    StartTime: time(run?.startTime),
    StopTime: time(run?.stopTime ?? task.stopTime),
    OssOutputStatus: '',
    OssOutputUri: '',
    OssOutputErrorCode: '',
    OssOutputErrorInfo: '',
  };
}

/** One `InvokeInstances.InvokeInstance[]` entry of DescribeInvocations (its end time is `FinishTime`). */
function invokeInstanceView(invocation: InvocationRecord, task: InstanceTask, encoding: ContentEncoding, withOutput: boolean) {
  const run = task.runs.at(-1);
  return {
    ...executionFields(task, run, encoding, withOutput),
    InvocationStatus: task.status,
    InstanceInvokeStatus: legacyInstanceStatus(task.status),
    Repeats: task.runs.length,
    CreationTime: time(task.creationTime),
    FinishTime: time(run?.finishedTime),
    UpdateTime: time(Math.max(task.updateTime, run?.updateTime ?? 0)),
    Timed: isPeriodic(invocation.repeatMode),
  };
}

/** One `Invocations.Invocation[]` entry of DescribeInvocations, rolled up over its instances. */
export function invocationView(invocation: InvocationRecord, encoding: ContentEncoding, withOutput: boolean): Record<string, unknown> {
  const statuses = invocation.instances.map((t) => t.status);
  return {
    InvokeId: invocation.invokeId,
    CommandId: invocation.commandId,
    CommandName: invocation.commandName,
    CommandType: invocation.commandType,
    CommandDescription: invocation.commandDescription,
    CommandContent: encodeContent(invocation.content, encoding),
    Parameters: JSON.stringify(invocation.parameters),
    Frequency: invocation.frequency,
    RepeatMode: invocation.repeatMode,
    Timed: isPeriodic(invocation.repeatMode),
    Timeout: invocation.timeoutSeconds,
    Username: invocation.username,
    WorkingDir: invocation.workingDir,
    Launcher: invocation.launcher,
    ContainerId: invocation.containerId,
    ContainerName: invocation.containerName,
    TerminationMode: invocation.terminationMode,
    OssOutputDelivery: invocation.ossOutputDelivery,
    CreationTime: time(invocation.creationTime),
    InvocationStatus: taskStatus(statuses),
    InvokeStatus: legacyTaskStatus(statuses, invocation.repeatMode),
    Tags: tagsView(invocation.tags),
    InvokeInstances: { InvokeInstance: invocation.instances.map((t) => invokeInstanceView(invocation, t, encoding, withOutput)) },
  };
}

/**
 * One `InvocationResults.InvocationResult[]` entry of DescribeInvocationResults (its end time is
 * `FinishedTime`). Without `run` it is the instance's current state; with it, that one execution.
 */
export function invocationResultView(
  invocation: InvocationRecord,
  task: InstanceTask,
  encoding: ContentEncoding,
  run?: RunRecord,
): Record<string, unknown> {
  const shown = run ?? task.runs.at(-1);
  const status = run?.status ?? task.status;
  return {
    ...executionFields(task, shown, encoding, true),
    InvokeId: invocation.invokeId,
    CommandId: invocation.commandId,
    InvocationStatus: status,
    InvokeRecordStatus: legacyInstanceStatus(status),
    Repeats: run?.repeat ?? task.runs.length,
    FinishedTime: time(shown?.finishedTime),
    Username: invocation.username,
    Launcher: invocation.launcher,
    ContainerId: invocation.containerId,
    ContainerName: invocation.containerName,
    TerminationMode: invocation.terminationMode,
    OssOutputDelivery: invocation.ossOutputDelivery,
    Tags: tagsView(invocation.tags),
  };
}
