import { randomBytes } from 'node:crypto';
import { agentSupports } from '../../cloud-assistant/agent-features.ts';
import { caErrors } from '../../cloud-assistant/errors.ts';
import { initialTask } from '../../cloud-assistant/initial-task.ts';
import type { InvocationRecord, ParameterDefinition } from '../../cloud-assistant/model.ts';
import { parseParameters, resolveParameters, substitute } from '../../cloud-assistant/parameters.ts';
import type { RpcParams } from '../../operation.ts';
import type { EcsInstance, World } from '../../world/index.ts';
import { optional } from '../params.ts';
import { resourceGroupParam } from './command-fields.ts';
import { checkContentSize } from './content.ts';
import { invokeOptions, type CommandDefaults, type InvokeOptions } from './invoke-options.ts';
import { labelTags } from './tag-params.ts';
import { resolveTargets } from './targets.ts';

/** What an invocation needs from its command, saved or inline (RunCommand). */
export interface InvocationSource extends CommandDefaults {
  readonly commandId: string;
  readonly name: string;
  readonly description: string;
  readonly content: string;
  readonly enableParameter: boolean;
  readonly parameterDefinitions: readonly ParameterDefinition[];
}

export const newInvokeId = (): string => `t-${randomBytes(15).toString('hex')}`;

/** DryRun checks the instances' environment too, and reports what a real run would record per instance. */
function checkEnvironment(instances: readonly EcsInstance[], options: InvokeOptions): void {
  const needs = { frequency: options.frequency, container: options.containerId !== '' || options.containerName !== '' };
  const waitsForBoot = options.repeatMode === 'NextRebootOnly' || options.repeatMode === 'EveryReboot';
  for (const instance of instances) {
    if (instance.spec.cloudAssistantVersion === undefined) throw caErrors.instanceNoClient();
    if (!agentSupports(instance.spec, needs)) throw caErrors.clientNeedUpgrade();
    if (!waitsForBoot && instance.power.status !== 'Running') throw caErrors.instanceNotRunning();
  }
}

/**
 * The part InvokeCommand and RunCommand share: every check of seed 001, then (unless DryRun) the new task
 * on each target instance. The caller has already handled RegionId, ClientToken and the command itself.
 */
export function startInvocation(world: World, regionId: string, params: RpcParams, source: InvocationSource): InvocationRecord {
  const ca = world.cloudAssistant;
  const now = world.clock.now();
  const options = invokeOptions(params, source, now);
  const parameters = parseParameters(optional(params, 'Parameters'));
  const resolvedParameters = resolveParameters(source, parameters);
  checkContentSize(source.enableParameter ? substitute(source.content, resolvedParameters, undefined) : source.content);
  const resourceGroupId = resourceGroupParam(world, params);
  const instances = resolveTargets(world, regionId, params, { resourceGroupId, type: source.type });
  const tags = labelTags(params);
  if (options.dryRun) {
    checkEnvironment(instances, options);
    throw caErrors.dryRun();
  }
  ca.quota.check(regionId);
  const needs = { frequency: options.frequency, container: options.containerId !== '' || options.containerName !== '' };
  const invocation: InvocationRecord = {
    invokeId: newInvokeId(),
    regionId,
    commandId: source.commandId,
    commandName: source.name,
    commandType: source.type,
    commandDescription: source.description,
    content: source.content,
    enableParameter: source.enableParameter,
    parameters,
    resolvedParameters,
    repeatMode: options.repeatMode,
    frequency: options.frequency?.text ?? '',
    timeoutSeconds: options.timeoutSeconds,
    username: options.username,
    workingDir: options.workingDir,
    launcher: options.launcher,
    containerId: options.containerId,
    containerName: options.containerName,
    terminationMode: options.terminationMode,
    ossOutputDelivery: options.ossOutputDelivery,
    resourceGroupId: resourceGroupId ?? '',
    tags,
    creationTime: now,
    instances: instances.map((instance) => initialTask(instance, options.repeatMode, needs, now)),
  };
  ca.quota.consume(regionId);
  ca.submit(invocation);
  return invocation;
}
