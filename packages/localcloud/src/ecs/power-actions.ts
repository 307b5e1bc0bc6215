import { invalidParameter } from '../api-error.ts';
import type { Operation, RpcParams } from '../operation.ts';
import type { EcsInstance, World } from '../world/index.ts';
import type { InstanceStatus, StoppedMode } from '../world/model.ts';
import { ecsErrors } from './errors.ts';
import { getInstance } from './instance-lookup.ts';
import { boolParam, optional, regionParam, required } from './params.ts';

/**
 * Start/Stop/Reboot take no RegionId in the v7 model (the region is the endpoint's); ids are unique
 * across regions here, so an absent RegionId searches them all.
 */
function target(world: World, params: RpcParams, allowed: InstanceStatus): EcsInstance {
  const instanceId = required(params, 'InstanceId');
  const instance = optional(params, 'RegionId') === undefined
    ? world.instances.get(instanceId)
    : getInstance(world, regionParam(params).regionId, instanceId);
  if (!instance) throw ecsErrors.instanceNotFound();
  if (instance.spec.locks.includes('security')) throw ecsErrors.lockedForSecurity();
  if (instance.spec.locks.length > 0) throw ecsErrors.expiredOrInArrears();
  if (instance.power.status !== allowed) throw ecsErrors.incorrectStatus();
  return instance;
}

const dryRun = (params: RpcParams): void => {
  if (boolParam(params, 'DryRun', false)) throw ecsErrors.dryRun();
};

export const startInstance = (world: World): Operation => ({ params }) => {
  const instance = target(world, params, 'Stopped');
  dryRun(params);
  world.power.start(instance);
  return {};
};

function stoppedMode(params: RpcParams, instance: EcsInstance): StoppedMode {
  const mode = optional(params, 'StoppedMode') ?? 'KeepCharging';
  if (mode !== 'KeepCharging' && mode !== 'StopCharging') throw invalidParameter('StoppedMode', 'Valid values: StopCharging, KeepCharging.');
  // Economical mode exists only for pay-as-you-go instances; subscription ones keep their resources anyway.
  return instance.spec.chargeType === 'PrePaid' ? 'KeepCharging' : mode;
}

export const stopInstance = (world: World): Operation => ({ params }) => {
  const instance = target(world, params, 'Running');
  const force = boolParam(params, 'ForceStop', false);
  const mode = stoppedMode(params, instance);
  dryRun(params);
  world.power.stop(instance, { force, stoppedMode: mode });
  return {};
};

export const rebootInstance = (world: World): Operation => ({ params }) => {
  const instance = target(world, params, 'Running');
  const force = boolParam(params, 'ForceStop', false);
  dryRun(params);
  world.power.reboot(instance, { force });
  return {};
};
