import { caErrors } from '../../cloud-assistant/errors.ts';
import { COMMAND_TYPES, type CommandType } from '../../cloud-assistant/model.ts';
import { missingParameter } from '../../api-error.ts';
import type { RpcParams } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { findRegion, type Region } from '../../world/regions.ts';
import { intParam, optional } from '../params.ts';

/** Field limits of the command APIs (alibaba-api.md §4.3). */
export const LIMITS = { name: 128, description: 512, workingDir: 200, username: 255, launcher: 1024 } as const;
export const MIN_TIMEOUT_SECONDS = 10;
/** No upper bound is documented although InvalidTimeout.ExceedLimit exists; a day is what the console offers. */
export const MAX_TIMEOUT_SECONDS = 86_400;
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** RegionId with the Cloud Assistant pages' wording of the error. */
export function caRegion(params: RpcParams): Region {
  const id = optional(params, 'RegionId');
  if (id === undefined) throw missingParameter('RegionId');
  const region = findRegion(id);
  if (!region) throw caErrors.regionNotFound();
  return region;
}

export function commandTypeParam(params: RpcParams): CommandType {
  const type = optional(params, 'Type');
  if (type === undefined) throw missingParameter('Type');
  if (!(COMMAND_TYPES as readonly string[]).includes(type)) throw caErrors.commandTypeNotFound();
  return type as CommandType;
}

export function nameParam(params: RpcParams): string | undefined {
  const name = optional(params, 'Name');
  if (name !== undefined && name.length > LIMITS.name) throw caErrors.nameTooLong();
  return name;
}

export function descriptionParam(params: RpcParams): string | undefined {
  const description = optional(params, 'Description');
  if (description !== undefined && description.length > LIMITS.description) throw caErrors.descriptionTooLong();
  return description;
}

export function workingDirParam(params: RpcParams): string | undefined {
  const dir = optional(params, 'WorkingDir');
  if (dir !== undefined && dir.length > LIMITS.workingDir) throw caErrors.invalidWorkingDir();
  return dir;
}

export function timeoutParam(params: RpcParams): number | undefined {
  const timeout = intParam(params, 'Timeout');
  if (timeout !== undefined && (timeout < MIN_TIMEOUT_SECONDS || timeout > MAX_TIMEOUT_SECONDS)) throw caErrors.timeoutOutOfRange();
  return timeout;
}

export function launcherParam(params: RpcParams): string | undefined {
  const launcher = optional(params, 'Launcher');
  if (launcher !== undefined && Buffer.byteLength(launcher) > LIMITS.launcher) throw caErrors.launcherTooLong();
  return launcher;
}

/** Resource groups are the account's: those the seeded instances belong to. */
export function resourceGroupParam(world: World, params: RpcParams): string | undefined {
  const id = optional(params, 'ResourceGroupId');
  if (id === undefined) return undefined;
  if (![...world.instances.values()].some((i) => i.spec.resourceGroupId === id)) throw caErrors.resourceGroupNotFound();
  return id;
}
