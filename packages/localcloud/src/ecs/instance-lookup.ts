import type { World, EcsInstance } from '../world/index.ts';
import { ecsErrors } from './errors.ts';

export const instancesIn = (world: World, regionId: string): EcsInstance[] =>
  [...world.instances.values()].filter((i) => i.spec.regionId === regionId);

/** An instance of another region is as unknown as a made-up id: ECS looks ids up per region. */
export const findInstance = (world: World, regionId: string, instanceId: string): EcsInstance | undefined => {
  const instance = world.instances.get(instanceId);
  return instance?.spec.regionId === regionId ? instance : undefined;
};

export const getInstance = (world: World, regionId: string, instanceId: string): EcsInstance => {
  const instance = findInstance(world, regionId, instanceId);
  if (!instance) throw ecsErrors.instanceNotFound();
  return instance;
};
