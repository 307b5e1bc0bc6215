import type { CloudInvocation, CloudInvocationResult, CloudInvokeInstance } from '@porthole/cloud';
import {
  CommandType,
  InstanceInvocationStatus,
  InvocationStatus,
  RepeatMode,
  type InvocationDetail,
  type InvocationResult,
  type InvocationSummary,
} from '@porthole/contract';
import { isoUtc } from '../routes/api/instances/instance-mapping.ts';
import { knownValue as known } from './known-value.ts';

const isoOrNull = (time: string | undefined): string | null => (time === undefined ? null : isoUtc(time));

// Only these statuses come from a process that ran to an end; otherwise the cloud's ExitCode means nothing.
const EXITED = new Set(['Success', 'Failed', 'Timeout', 'Terminated', 'Error']);

/** `instances`: the ones the user may see (the scope filters them), all by default. */
export function toInvocationSummary(invocation: CloudInvocation, instances: readonly CloudInvokeInstance[] = invocation.instances): InvocationSummary {
  const statusCounts: Record<string, number> = {};
  for (const instance of instances) statusCounts[instance.invocationStatus] = (statusCounts[instance.invocationStatus] ?? 0) + 1;
  return {
    invokeId: invocation.invokeId,
    commandId: invocation.commandId,
    // A script run inline without a name has none in the cloud; its type says what it was.
    commandName: invocation.commandName || invocation.commandType,
    commandType: known(CommandType, invocation.commandType, 'RunShellScript'),
    status: known(InvocationStatus, invocation.invocationStatus, 'Pending'),
    repeatMode: known(RepeatMode, invocation.repeatMode, 'Once'),
    frequency: invocation.frequency ?? null,
    createdAt: isoUtc(invocation.creationTime),
    instanceCount: instances.length,
    statusCounts,
  };
}

export function toInvocationResult(result: CloudInvocationResult, instanceName: string | null): InvocationResult {
  return {
    instanceId: result.instanceId,
    instanceName,
    status: known(InstanceInvocationStatus, result.invocationStatus, 'Pending'),
    exitCode: EXITED.has(result.invocationStatus) ? (result.exitCode ?? null) : null,
    errorCode: result.errorCode,
    errorInfo: result.errorInfo,
    output: result.output,
    dropped: result.dropped,
    startTime: isoOrNull(result.startTime),
    finishedTime: isoOrNull(result.finishedTime),
    stopTime: isoOrNull(result.stopTime),
    repeats: result.repeats,
  };
}

export function toInvocationDetail(
  invocation: CloudInvocation,
  instances: readonly CloudInvokeInstance[],
  results: readonly InvocationResult[],
): InvocationDetail {
  return {
    invocation: {
      ...toInvocationSummary(invocation, instances),
      content: invocation.commandContent,
      parameters: { ...invocation.parameters },
      username: invocation.username,
      workingDir: invocation.workingDir,
      timeoutSeconds: invocation.timeoutSeconds,
      containerName: invocation.containerName,
      terminationMode: invocation.terminationMode,
    },
    results: [...results],
  };
}
