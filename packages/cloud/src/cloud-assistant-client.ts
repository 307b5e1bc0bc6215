import * as $Ecs from '@alicloud/ecs20140526';
import type {
  CloudCommandPage,
  CloudCommandReceipt,
  CloudInvocationPage,
  CloudInvocationResultPage,
  CloudInvokeReceipt,
  CloudRunReceipt,
  CreateCommandInput,
  DescribeCommandsQuery,
  DescribeInvocationResultsQuery,
  DescribeInvocationsQuery,
  InvocationInput,
  InvokeCommandInput,
  ModifyCommandInput,
  RunCommandInput,
} from './cloud-assistant-shapes.ts';
import { toBase64, toCloudCommand, toCloudInvocation, toCloudInvocationResult } from './cloud-assistant-mapping.ts';
import type { CloudActionReceipt } from './cloud-shapes.ts';
import type { EcsSdk } from './sdk-clients.ts';
import { present } from './sdk-fields.ts';

/** Cloud Assistant: commands and their invocations. Every method rejects with a CloudError only. */
export interface CloudAssistantClient {
  /** Retried on a transient failure only when it carries a ClientToken. */
  createCommand(input: CreateCommandInput): Promise<CloudCommandReceipt>;
  describeCommands(query: DescribeCommandsQuery): Promise<CloudCommandPage>;
  modifyCommand(input: ModifyCommandInput): Promise<CloudActionReceipt>;
  deleteCommand(regionId: string, commandId: string): Promise<CloudActionReceipt>;
  /** Retried on a transient failure only when it carries a ClientToken. */
  invokeCommand(input: InvokeCommandInput): Promise<CloudInvokeReceipt>;
  /** Create and invoke in one call; retried on a transient failure only when it carries a ClientToken. */
  runCommand(input: RunCommandInput): Promise<CloudRunReceipt>;
  describeInvocations(query: DescribeInvocationsQuery): Promise<CloudInvocationPage>;
  describeInvocationResults(query: DescribeInvocationResultsQuery): Promise<CloudInvocationResultPage>;
  /** Omitted ids: every instance of the task. */
  stopInvocation(regionId: string, invokeId: string, instanceIds?: readonly string[]): Promise<CloudActionReceipt>;
}

type Call<B> = () => Promise<{ body?: B | undefined }>;

/** How cloud-client.ts runs a call: reads are retried, mutations once unless `retryable`. */
export interface CloudCalls {
  read<B>(operation: string, call: Call<B>): Promise<B>;
  mutate<B>(operation: string, call: Call<B>, retryable: boolean): Promise<B>;
}

const hasToken = (token: string | undefined): boolean => token !== undefined && token !== '';

/** The request fields InvokeCommand and RunCommand share, in the SDK's names. */
function invocationFields(input: InvocationInput) {
  const parameters = input.parameters ?? {};
  return {
    regionId: input.regionId,
    instanceId: input.instanceIds === undefined ? undefined : [...input.instanceIds],
    repeatMode: input.repeatMode,
    frequency: input.frequency,
    // The SDK sends a set map as a JSON string even when empty, and "{}" still reads as "parameters
    // passed" to a command without custom parameters (Parameter.Disabled).
    parameters: Object.keys(parameters).length === 0 ? undefined : { ...parameters },
    username: input.username,
    workingDir: input.workingDir,
    timeout: input.timeoutSeconds,
    containerId: input.containerId,
    containerName: input.containerName,
    terminationMode: input.terminationMode,
    launcher: input.launcher,
    clientToken: input.clientToken,
  };
}

export function cloudAssistantClient(ecs: (regionId: string) => EcsSdk, calls: CloudCalls): CloudAssistantClient {
  // Mutations run once: a Start or a Delete that timed out may have happened. InvokeCommand,
  // RunCommand and CreateCommand with a ClientToken are the exception, and that is what the token
  // is for: the cloud answers a repeat with the same token and parameters with the first call's
  // result (same InvokeId/CommandId) and runs or creates nothing twice.
  return {
    async createCommand(input) {
      const request = new $Ecs.CreateCommandRequest({
        regionId: input.regionId,
        name: input.name,
        type: input.type,
        // Base64 is CreateCommand's default encoding, and the cloud's size limit counts it.
        commandContent: toBase64(input.content),
        contentEncoding: 'Base64',
        description: input.description,
        workingDir: input.workingDir,
        timeout: input.timeoutSeconds,
        enableParameter: input.enableParameter,
        launcher: input.launcher,
        clientToken: input.clientToken,
      });
      const body = await calls.mutate('CreateCommand', () => ecs(input.regionId).createCommand(request), hasToken(input.clientToken));
      return { commandId: body.commandId ?? '', requestId: body.requestId ?? '' };
    },

    async describeCommands(query) {
      const request = new $Ecs.DescribeCommandsRequest({ ...query, contentEncoding: 'Base64' });
      const body = await calls.read('DescribeCommands', () => ecs(query.regionId).describeCommands(request));
      return {
        commands: (body.commands?.command ?? []).map(toCloudCommand),
        totalCount: body.totalCount ?? 0,
        nextToken: present(body.nextToken),
        requestId: body.requestId ?? '',
      };
    },

    async modifyCommand(input) {
      const request = new $Ecs.ModifyCommandRequest({
        regionId: input.regionId,
        commandId: input.commandId,
        name: input.name,
        description: input.description,
        workingDir: input.workingDir,
        timeout: input.timeoutSeconds,
        launcher: input.launcher,
      });
      const body = await calls.mutate('ModifyCommand', () => ecs(input.regionId).modifyCommand(request), false);
      return { requestId: body.requestId ?? '' };
    },

    async deleteCommand(regionId, commandId) {
      const request = new $Ecs.DeleteCommandRequest({ regionId, commandId });
      const body = await calls.mutate('DeleteCommand', () => ecs(regionId).deleteCommand(request), false);
      return { requestId: body.requestId ?? '' };
    },

    async invokeCommand(input) {
      const request = new $Ecs.InvokeCommandRequest({
        ...invocationFields(input),
        commandId: input.commandId,
        resourceTag: input.resourceTags?.map((tag) => new $Ecs.InvokeCommandRequestResourceTag(tag)),
      });
      const body = await calls.mutate('InvokeCommand', () => ecs(input.regionId).invokeCommand(request), hasToken(input.clientToken));
      return { invokeId: body.invokeId ?? '', requestId: body.requestId ?? '' };
    },

    async runCommand(input) {
      const request = new $Ecs.RunCommandRequest({
        ...invocationFields(input),
        type: input.type,
        commandContent: toBase64(input.content),
        contentEncoding: 'Base64',
        name: input.name,
        description: input.description,
        enableParameter: input.enableParameter,
        keepCommand: input.keepCommand ?? false,
        resourceTag: input.resourceTags?.map((tag) => new $Ecs.RunCommandRequestResourceTag(tag)),
      });
      const body = await calls.mutate('RunCommand', () => ecs(input.regionId).runCommand(request), hasToken(input.clientToken));
      return { commandId: body.commandId ?? '', invokeId: body.invokeId ?? '', requestId: body.requestId ?? '' };
    },

    async describeInvocations(query) {
      const request = new $Ecs.DescribeInvocationsRequest({ ...query, contentEncoding: 'Base64', includeOutput: false });
      const body = await calls.read('DescribeInvocations', () => ecs(query.regionId).describeInvocations(request));
      return {
        invocations: (body.invocations?.invocation ?? []).map(toCloudInvocation),
        totalCount: body.totalCount ?? 0,
        nextToken: present(body.nextToken),
        requestId: body.requestId ?? '',
      };
    },

    async describeInvocationResults(query) {
      const request = new $Ecs.DescribeInvocationResultsRequest({ ...query, contentEncoding: 'Base64' });
      const body = await calls.read('DescribeInvocationResults', () => ecs(query.regionId).describeInvocationResults(request));
      // Unlike the other lists, the paging fields sit inside `Invocation`.
      const page = body.invocation;
      return {
        results: (page?.invocationResults?.invocationResult ?? []).map(toCloudInvocationResult),
        totalCount: page?.totalCount ?? 0,
        nextToken: present(page?.nextToken),
        requestId: body.requestId ?? '',
      };
    },

    async stopInvocation(regionId, invokeId, instanceIds) {
      const request = new $Ecs.StopInvocationRequest({ regionId, invokeId, instanceId: instanceIds === undefined ? undefined : [...instanceIds] });
      const body = await calls.mutate('StopInvocation', () => ecs(regionId).stopInvocation(request), false);
      return { requestId: body.requestId ?? '' };
    },
  };
}
