import { CloudError, type InvocationInput } from '@porthole/cloud';
import type { RunOptions, RunResult, Schedule } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { invocationTiming } from './invocation-timing.ts';

export interface Submission {
  readonly regionId: string;
  /** Already resolved and checked against the user's scope: exactly what runs. */
  readonly instanceIds: readonly string[];
  readonly options: RunOptions;
  readonly schedule: Schedule;
  readonly dryRun: boolean;
  /** Per user intent (or per rollout batch): a repeat with the same token returns the same invocation. */
  readonly clientToken: string;
}

/** The contract's RunResult, plus the cloud RequestId for the audit trail. */
export type SubmittedRun = RunResult & { readonly requestId: string | undefined };

// RunCommand's Timeout when none is given; a saved command has its own, which the cloud applies.
const INLINE_DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * Runs a command on the given instances: a saved one with InvokeCommand, inline content with RunCommand
 * (not kept in the library). No audit here: the routes and rollouts write their own entries around it.
 */
export async function submitInvocation(app: FastifyInstance, submission: Submission): Promise<SubmittedRun> {
  const { regionId, instanceIds, options, schedule, dryRun, clientToken } = submission;
  const { command } = options;
  const timing = invocationTiming(schedule, {
    dryRun,
    timeoutSeconds: options.timeoutSeconds ?? (command.kind === 'inline' ? INLINE_DEFAULT_TIMEOUT_SECONDS : undefined),
    now: Date.now(),
  });
  const invocation: InvocationInput = {
    regionId,
    instanceIds,
    ...timing,
    parameters: options.parameters,
    username: options.username,
    workingDir: options.workingDir,
    timeoutSeconds: options.timeoutSeconds,
    containerId: options.containerId,
    containerName: options.containerName,
    terminationMode: options.terminationMode,
    launcher: options.launcher,
    // A dry run changes nothing, so there is nothing to deduplicate; without the token it also cannot
    // collide with the real run of the same form.
    clientToken: dryRun ? undefined : clientToken,
  };
  const outcome = { instanceCount: instanceIds.length, dryRun };
  const savedId = command.kind === 'saved' ? command.commandId : null;
  try {
    if (command.kind === 'saved') {
      const receipt = await app.cloud.invokeCommand({ ...invocation, commandId: command.commandId });
      return { ...outcome, invokeId: receipt.invokeId || null, commandId: savedId, requestId: receipt.requestId };
    }
    const receipt = await app.cloud.runCommand({
      ...invocation,
      type: command.type,
      content: command.content,
      name: command.name,
      enableParameter: command.enableParameter,
      keepCommand: false,
    });
    return { ...outcome, invokeId: receipt.invokeId || null, commandId: receipt.commandId || null, requestId: receipt.requestId };
  } catch (error) {
    // The cloud answers a dry run that passed every check with the error DryRunOperation.
    if (dryRun && error instanceof CloudError && error.code === 'DryRunOperation') {
      return { ...outcome, invokeId: null, commandId: savedId, requestId: error.requestId };
    }
    throw error;
  }
}
