import { caErrors, resourceTagErrors } from '../../cloud-assistant/errors.ts';
import type { CommandType } from '../../cloud-assistant/model.ts';
import type { RpcParams } from '../../operation.ts';
import type { EcsInstance, World } from '../../world/index.ts';
import { findInstance, instancesIn } from '../instance-lookup.ts';
import { repeatedParam } from '../params.ts';
import { matchesTagFilter, tagParams } from './tag-params.ts';

/** Instances per InvokeCommand/RunCommand (a quota in the cloud, 100 by default). */
export const MAX_TARGETS = 100;

const WINDOWS_TYPES: readonly CommandType[] = ['RunPowerShellScript', 'RunBatScript'];

/** Whether the command type can run on the instance's OS (python and shell are the Linux agent's). */
export const typeFitsInstance = (type: CommandType, instance: EcsInstance): boolean =>
  WINDOWS_TYPES.includes(type) === (instance.spec.image.osType === 'windows');

/**
 * The instances a task targets: `InstanceId.N`, or every instance carrying all `ResourceTag.N` tags.
 * With ResourceGroupId they must all belong to that group; an instance outside it is, for this request,
 * one that does not exist.
 */
export function resolveTargets(
  world: World,
  regionId: string,
  params: RpcParams,
  scope: { readonly resourceGroupId: string | undefined; readonly type: CommandType },
): EcsInstance[] {
  const ids = [...new Set(repeatedParam(params, 'InstanceId').filter((id) => id !== ''))];
  const tags = tagParams(params, 'ResourceTag');
  if (ids.length > 0 && tags.length > 0) throw resourceTagErrors.conflict();
  if (ids.length === 0 && tags.length === 0) throw caErrors.missingInstanceId();
  const inGroup = (i: EcsInstance) => scope.resourceGroupId === undefined || i.spec.resourceGroupId === scope.resourceGroupId;
  let targets: EcsInstance[];
  if (ids.length > 0) {
    if (ids.length > MAX_TARGETS) throw caErrors.instanceIdsExceeded();
    targets = ids.map((id) => {
      const instance = findInstance(world, regionId, id);
      if (!instance || !inGroup(instance)) throw caErrors.instanceNotFound();
      return instance;
    });
  } else {
    targets = instancesIn(world, regionId).filter((i) => inGroup(i) && matchesTagFilter(i.spec.tags, tags));
    if (targets.length === 0) throw resourceTagErrors.noInstances();
    if (targets.length > MAX_TARGETS) throw caErrors.instanceIdsExceeded();
  }
  if (!targets.every((i) => typeFitsInstance(scope.type, i))) throw caErrors.instanceNotMatch();
  return targets;
}
