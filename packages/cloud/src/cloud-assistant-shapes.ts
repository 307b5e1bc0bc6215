import type { CloudTag } from './cloud-shapes.ts';

/**
 * The Cloud Assistant side of the BFF<->cloud shapes (see cloud-shapes.ts). Content and output travel
 * as Base64; these hold the decoded text (UTF-8, invalid bytes replaced), so nothing past the cloud
 * client decodes again.
 */

export interface CloudCommandParameterDefinition {
  readonly name: string;
  readonly description: string;
  readonly defaultValue: string | undefined;
  readonly required: boolean;
  readonly patternRegex: string | undefined;
  readonly possibleValues: readonly string[];
}

export interface CloudCommand {
  readonly commandId: string;
  readonly name: string;
  readonly description: string;
  /** RunShellScript | RunPythonScript | RunPowerShellScript | RunBatScript */
  readonly type: string;
  /** Decoded text. */
  readonly content: string;
  readonly workingDir: string;
  readonly timeoutSeconds: number;
  readonly enableParameter: boolean;
  readonly parameterNames: readonly string[];
  readonly parameterDefinitions: readonly CloudCommandParameterDefinition[];
  readonly launcher: string;
  /** Set for the cloud's common commands only, e.g. AlibabaCloud.ECS.GuestOS. */
  readonly provider: string | undefined;
  readonly category: string;
  readonly version: number;
  readonly latest: boolean;
  readonly invokeTimes: number;
  /** ISO 8601 UTC, as the API gives it. */
  readonly creationTime: string;
}

export interface DescribeCommandsQuery {
  readonly regionId: string;
  readonly commandId?: string;
  /** Sent as-is: `*` is the wildcard for the account's own commands; common ones match fuzzily anyway. */
  readonly name?: string;
  readonly type?: string;
  /** `AlibabaCloud` (or one provider) lists the cloud's common commands; unset lists the account's own. */
  readonly provider?: string;
  /** Common commands: only the latest version of each. */
  readonly latest?: boolean;
  /** At most 50. */
  readonly maxResults?: number;
  readonly nextToken?: string;
}

export interface CloudCommandPage {
  readonly commands: readonly CloudCommand[];
  readonly totalCount: number;
  readonly nextToken: string | undefined;
  readonly requestId: string;
}

/** Content is plain text: the client Base64-encodes it, which is what the cloud's size limit counts. */
export interface CreateCommandInput {
  readonly regionId: string;
  readonly name: string;
  readonly type: string;
  readonly content: string;
  readonly description?: string;
  readonly workingDir?: string;
  readonly timeoutSeconds?: number;
  readonly enableParameter?: boolean;
  readonly launcher?: string;
  readonly clientToken?: string;
}

export interface CloudCommandReceipt {
  readonly commandId: string;
  readonly requestId: string;
}

/** No content: ModifyCommand's CommandContent is deprecated and ignored; new content needs a new command. */
export interface ModifyCommandInput {
  readonly regionId: string;
  readonly commandId: string;
  readonly name?: string;
  readonly description?: string;
  readonly workingDir?: string;
  readonly timeoutSeconds?: number;
  readonly launcher?: string;
}

/** RepeatMode as InvokeCommand/RunCommand take it; DryRun checks everything and runs nothing. */
export type CloudRepeatMode = 'Once' | 'Period' | 'NextRebootOnly' | 'EveryReboot' | 'DryRun';

/** What InvokeCommand and RunCommand share: where, when and how to run. */
export interface InvocationInput {
  readonly regionId: string;
  /** 1 to 100 ids (the quota); or none, with resourceTags. */
  readonly instanceIds?: readonly string[];
  readonly resourceTags?: readonly CloudTag[];
  readonly repeatMode?: CloudRepeatMode;
  /** rate(...), at(...) or a cron expression; setting it makes the run periodic. */
  readonly frequency?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly username?: string;
  readonly workingDir?: string;
  readonly timeoutSeconds?: number;
  readonly containerId?: string;
  readonly containerName?: string;
  readonly terminationMode?: 'Process' | 'ProcessTree';
  readonly launcher?: string;
  /** The same token with the same parameters returns the first call's InvokeId and runs nothing new. */
  readonly clientToken?: string;
}

export interface InvokeCommandInput extends InvocationInput {
  readonly commandId: string;
}

export interface RunCommandInput extends InvocationInput {
  readonly type: string;
  /** Plain text; sent Base64-encoded. */
  readonly content: string;
  readonly name?: string;
  readonly description?: string;
  readonly enableParameter?: boolean;
  /** Default false: the cloud deletes the command once the run is over. */
  readonly keepCommand?: boolean;
}

export interface CloudInvokeReceipt {
  readonly invokeId: string;
  readonly requestId: string;
}

export interface CloudRunReceipt extends CloudInvokeReceipt {
  readonly commandId: string;
}

/** One instance of a task, as DescribeInvocations sums it up. */
export interface CloudInvokeInstance {
  readonly instanceId: string;
  /** Per instance: Pending | Scheduled | Running | Stopping | Success | Failed | Invalid | Aborted | Error | Timeout | Cancelled | Terminated */
  readonly invocationStatus: string;
  readonly exitCode: number | undefined;
  readonly errorCode: string;
  readonly errorInfo: string;
  readonly repeats: number;
  readonly creationTime: string | undefined;
  readonly startTime: string | undefined;
  readonly finishTime: string | undefined;
  readonly stopTime: string | undefined;
}

export interface CloudInvocation {
  readonly invokeId: string;
  readonly commandId: string;
  readonly commandName: string;
  readonly commandType: string;
  readonly commandDescription: string;
  /** Decoded text. */
  readonly commandContent: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly frequency: string | undefined;
  readonly repeatMode: string;
  readonly timeoutSeconds: number;
  readonly username: string;
  readonly workingDir: string;
  readonly launcher: string;
  readonly containerId: string;
  readonly containerName: string;
  readonly terminationMode: string;
  readonly creationTime: string;
  /** Rolled up over the instances: the per-instance values, PartialFailed and Stopped. */
  readonly invocationStatus: string;
  readonly instances: readonly CloudInvokeInstance[];
}

export interface DescribeInvocationsQuery {
  readonly regionId: string;
  readonly invokeId?: string;
  readonly commandId?: string;
  readonly commandName?: string;
  readonly commandType?: string;
  readonly instanceId?: string;
  /** The task-level status to filter on (the API calls the filter InvokeStatus). */
  readonly invokeStatus?: string;
  readonly repeatMode?: string;
  /** At most 50. */
  readonly maxResults?: number;
  readonly nextToken?: string;
}

export interface CloudInvocationPage {
  readonly invocations: readonly CloudInvocation[];
  readonly totalCount: number;
  readonly nextToken: string | undefined;
  readonly requestId: string;
}

/** One execution on one instance (DescribeInvocationResults). */
export interface CloudInvocationResult {
  readonly invokeId: string;
  readonly commandId: string;
  readonly instanceId: string;
  readonly invocationStatus: string;
  readonly exitCode: number | undefined;
  readonly errorCode: string;
  readonly errorInfo: string;
  /** Decoded text, at most the cloud's 24 KB. */
  readonly output: string;
  /** Bytes the cloud cut off beyond its cap. */
  readonly dropped: number;
  readonly repeats: number;
  readonly startTime: string | undefined;
  /** The API names it FinishedTime here and FinishTime in DescribeInvocations. */
  readonly finishedTime: string | undefined;
  readonly stopTime: string | undefined;
  readonly username: string;
  readonly containerName: string;
}

export interface DescribeInvocationResultsQuery {
  readonly regionId: string;
  readonly invokeId?: string;
  readonly instanceId?: string;
  readonly commandId?: string;
  readonly invokeRecordStatus?: string;
  /** Every execution of a periodic or every-reboot task, not just the latest per instance. */
  readonly includeHistory?: boolean;
  /** At most 50. */
  readonly maxResults?: number;
  readonly nextToken?: string;
}

export interface CloudInvocationResultPage {
  readonly results: readonly CloudInvocationResult[];
  readonly totalCount: number;
  readonly nextToken: string | undefined;
  readonly requestId: string;
}
