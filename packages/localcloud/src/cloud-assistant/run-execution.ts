import { findGuestContainer, type RunningScript, type ScriptRequest, type ScriptResult } from '../sandbox/index.ts';
import type { InstanceSpec } from '../world/model.ts';
import { ERROR_INFO, errorOf } from './error-info.ts';
import type { InvocationRecord, RunRecord } from './model.ts';
import { substitute } from './parameters.ts';

/** What runs scripts: the Sandboxes in the world, anything with the same `run` in tests. */
export interface ScriptRunner {
  run(request: ScriptRequest): RunningScript;
}

/** History kept per task: the cloud keeps at most 10,000 execution records (alibaba-api.md §3.2). */
const MAX_RUNS_PER_TASK = 10_000;

export interface StartedRun {
  readonly run: RunRecord;
  /** Absent when the run ended before a process started (no such container). */
  readonly script?: RunningScript;
}

/** Starts one execution of the task on the instance: parameters substituted, container resolved. */
export function startRun(
  invocation: InvocationRecord,
  runs: RunRecord[],
  spec: InstanceSpec,
  context: { runner: ScriptRunner; accountId: string; now: number },
): StartedRun {
  const run: RunRecord = {
    repeat: (runs.at(-1)?.repeat ?? 0) + 1,
    status: 'Running',
    errorCode: '',
    errorInfo: '',
    output: '',
    dropped: 0,
    startTime: context.now,
    updateTime: context.now,
  };
  runs.push(run);
  if (runs.length > MAX_RUNS_PER_TASK) runs.splice(0, runs.length - MAX_RUNS_PER_TASK);
  const wantsContainer = invocation.containerId !== '' || invocation.containerName !== '';
  const container = wantsContainer
    ? findGuestContainer(spec, {
        ...(invocation.containerId ? { containerId: invocation.containerId } : {}),
        ...(invocation.containerName ? { containerName: invocation.containerName } : {}),
      })
    : undefined;
  if (wantsContainer && !container) {
    Object.assign(run, { status: 'Invalid', finishedTime: context.now, ...errorOf('CommandNotApplicable') });
    return { run };
  }
  const content = invocation.enableParameter
    ? substitute(invocation.content, invocation.resolvedParameters, {
        RegionId: invocation.regionId,
        InstanceId: spec.instanceId,
        InstanceName: spec.instanceName,
        InvokeId: invocation.invokeId,
        CommandId: invocation.commandId,
        AccountId: context.accountId,
      })
    : invocation.content;
  const script = context.runner.run({
    spec,
    type: invocation.commandType,
    content,
    // In a container the container's user and directory apply, whatever the task says (InvokeCommand page).
    username: container ? '' : invocation.username,
    workingDir: container ? '' : invocation.workingDir,
    timeoutSeconds: invocation.timeoutSeconds,
    terminationMode: invocation.terminationMode,
    ...(invocation.launcher ? { launcher: invocation.launcher } : {}),
    ...(container ? { container } : {}),
    taskId: invocation.invokeId,
  });
  return { run, script };
}

/** Records how a run ended, in the cloud's terms (status, ErrorCode/ErrorInfo, times, Base64 output). */
export function finishRun(run: RunRecord, result: ScriptResult, timeoutSeconds: number, now: number): void {
  run.output = Buffer.from(result.output).toString('base64');
  run.dropped = result.dropped;
  run.updateTime = now;
  run.finishedTime = result.finishedAt;
  const end = result.end;
  switch (end.kind) {
    case 'exited':
      run.exitCode = end.exitCode;
      run.status = end.exitCode === 0 ? 'Success' : 'Failed';
      if (end.exitCode !== 0) Object.assign(run, errorOf('ExitCodeNonzero'));
      break;
    case 'timeout':
      run.status = 'Timeout';
      // The documented FinishedTime of a timed-out run, whenever the kill actually landed.
      run.finishedTime = run.startTime + timeoutSeconds * 1000;
      Object.assign(run, errorOf('ExecutionTimeout'));
      break;
    case 'terminated':
      run.status = 'Terminated';
      run.stopTime ??= now;
      break;
    case 'refused':
      run.status = 'Invalid';
      Object.assign(run, { errorCode: end.errorCode, errorInfo: end.errorInfo });
      break;
    case 'error':
      run.status = 'Error';
      Object.assign(run, { errorCode: end.errorCode, errorInfo: end.errorInfo });
      break;
  }
}

/** A run the simulator lost track of (it stopped while the run was in flight). */
export function interruptRun(run: RunRecord, now: number): void {
  Object.assign(run, { status: 'Error', finishedTime: now, updateTime: now, errorCode: 'ExecutionInterrupted', errorInfo: ERROR_INFO.ExecutionInterrupted });
}
