import type * as $Ecs from '@alicloud/ecs20140526';
import type { CloudCommand, CloudInvocation, CloudInvocationResult, CloudInvokeInstance } from './cloud-assistant-shapes.ts';
import { present, text } from './sdk-fields.ts';

type SdkCommand = $Ecs.DescribeCommandsResponseBodyCommandsCommand;
type SdkInvocation = $Ecs.DescribeInvocationsResponseBodyInvocationsInvocation;
type SdkInvokeInstance = $Ecs.DescribeInvocationsResponseBodyInvocationsInvocationInvokeInstancesInvokeInstance;
type SdkInvocationResult = $Ecs.DescribeInvocationResultsResponseBodyInvocationInvocationResultsInvocationResult;

// Output is whatever a script printed, cut at 24 KB wherever that fell: a broken or invalid
// sequence becomes U+FFFD instead of failing the whole answer.
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Base64 from the cloud to text. */
export const fromBase64 = (value: string | undefined): string => (value ? utf8.decode(Buffer.from(value, 'base64')) : '');

export const toBase64 = (value: string): string => Buffer.from(value, 'utf8').toString('base64');

/** DescribeInvocations sends the run's custom parameters as a JSON object in a string. */
function parametersOf(json: string | undefined): Record<string, string> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
  } catch {
    return {};
  }
}

export function toCloudCommand(command: SdkCommand): CloudCommand {
  return {
    commandId: text(command.commandId),
    name: text(command.name),
    description: text(command.description),
    type: text(command.type),
    content: fromBase64(command.commandContent),
    workingDir: text(command.workingDir),
    timeoutSeconds: command.timeout ?? 60,
    enableParameter: command.enableParameter ?? false,
    parameterNames: command.parameterNames?.parameterName ?? [],
    parameterDefinitions: (command.parameterDefinitions?.parameterDefinition ?? []).map((definition) => ({
      name: text(definition.parameterName),
      description: text(definition.description),
      defaultValue: definition.defaultValue,
      required: definition.required ?? false,
      patternRegex: present(definition.patternRegex),
      possibleValues: definition.possibleValues?.possibleValue ?? [],
    })),
    launcher: text(command.launcher),
    provider: present(command.provider),
    category: text(command.category),
    version: command.version ?? 1,
    latest: command.latest ?? true,
    invokeTimes: command.invokeTimes ?? 0,
    creationTime: text(command.creationTime),
  };
}

function toCloudInvokeInstance(instance: SdkInvokeInstance): CloudInvokeInstance {
  return {
    instanceId: text(instance.instanceId),
    invocationStatus: text(instance.invocationStatus),
    exitCode: instance.exitCode,
    errorCode: text(instance.errorCode),
    errorInfo: text(instance.errorInfo),
    repeats: instance.repeats ?? 0,
    creationTime: present(instance.creationTime),
    startTime: present(instance.startTime),
    finishTime: present(instance.finishTime),
    stopTime: present(instance.stopTime),
  };
}

export function toCloudInvocation(invocation: SdkInvocation): CloudInvocation {
  return {
    invokeId: text(invocation.invokeId),
    commandId: text(invocation.commandId),
    commandName: text(invocation.commandName),
    commandType: text(invocation.commandType),
    commandDescription: text(invocation.commandDescription),
    commandContent: fromBase64(invocation.commandContent),
    parameters: parametersOf(invocation.parameters),
    frequency: present(invocation.frequency),
    repeatMode: text(invocation.repeatMode),
    timeoutSeconds: invocation.timeout ?? 60,
    username: text(invocation.username),
    workingDir: text(invocation.workingDir),
    launcher: text(invocation.launcher),
    containerId: text(invocation.containerId),
    containerName: text(invocation.containerName),
    terminationMode: text(invocation.terminationMode),
    creationTime: text(invocation.creationTime),
    invocationStatus: text(invocation.invocationStatus),
    instances: (invocation.invokeInstances?.invokeInstance ?? []).map(toCloudInvokeInstance),
  };
}

export function toCloudInvocationResult(result: SdkInvocationResult): CloudInvocationResult {
  return {
    invokeId: text(result.invokeId),
    commandId: text(result.commandId),
    instanceId: text(result.instanceId),
    invocationStatus: text(result.invocationStatus),
    exitCode: result.exitCode,
    errorCode: text(result.errorCode),
    errorInfo: text(result.errorInfo),
    output: fromBase64(result.output),
    dropped: result.dropped ?? 0,
    repeats: result.repeats ?? 0,
    startTime: present(result.startTime),
    finishedTime: present(result.finishedTime),
    stopTime: present(result.stopTime),
    username: text(result.username),
    containerName: text(result.containerName),
  };
}
