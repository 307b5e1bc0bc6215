import { boolParam, regionParam, required } from '../../ecs/params.ts';
import type { RpcParams } from '../../operation.ts';
import type { ContainerGroup } from '../../world/index.ts';
import type { ContainerSpec } from '../../world/model.ts';
import { execErrors } from './exec-errors.ts';

/** Seed 004: "up to 20 commands", "each command can be up to 256 characters". */
export const MAX_COMMAND_ITEMS = 20;
export const MAX_COMMAND_ITEM_LENGTH = 256;

/** A checked ExecContainerCommand: what to run, where, and how its streams are wired. */
export interface ExecRequest {
  readonly group: ContainerGroup;
  readonly container: ContainerSpec;
  readonly command: readonly string[];
  readonly tty: boolean;
  readonly stdin: boolean;
  readonly sync: boolean;
}

function parseCommand(raw: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw execErrors.badCommand('It must be a JSON array of strings, e.g. ["/bin/sh","-c","ls -a"].');
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((item) => typeof item === 'string')) {
    throw execErrors.badCommand('It must be a non-empty JSON array of strings.');
  }
  if (parsed.length > MAX_COMMAND_ITEMS) throw execErrors.valueExceeded(`Command can contain at most ${MAX_COMMAND_ITEMS} items.`);
  if (parsed.some((item: string) => item.length > MAX_COMMAND_ITEM_LENGTH)) {
    throw execErrors.valueExceeded(`Each item of Command can be at most ${MAX_COMMAND_ITEM_LENGTH} characters long.`);
  }
  if (parsed[0] === '' || parsed.some((item: string) => item.includes('\0'))) throw execErrors.badCommand('It contains an empty program or a NUL character.');
  return parsed;
}

/** A shell with no `-c` reads its commands from stdin, which a synchronous call does not have: it would never end. */
const isInteractiveShell = (command: readonly string[]): boolean =>
  /^(\/usr)?(\/bin\/)?(ba)?sh$/.test(command[0] ?? '') && !command.includes('-c');

export function parseExecRequest(groups: readonly ContainerGroup[], params: RpcParams): ExecRequest {
  const region = regionParam(params);
  const groupId = required(params, 'ContainerGroupId');
  const containerName = required(params, 'ContainerName');
  const command = parseCommand(required(params, 'Command'));
  const tty = boolParam(params, 'TTY', false);
  const stdin = boolParam(params, 'Stdin', true);
  const sync = boolParam(params, 'Sync', false);
  if (sync && tty) throw execErrors.syncConflict('TTY must be false when Sync is true.');
  if (sync && isInteractiveShell(command)) throw execErrors.syncConflict('Command cannot be an interactive shell such as /bin/bash when Sync is true.');

  const group = groups.find((g) => g.containerGroupId === groupId && g.regionId === region.regionId);
  if (!group) throw execErrors.groupNotFound();
  const container = group.containers.find((c) => c.name === containerName);
  if (!container) throw execErrors.containerNotFound(containerName);
  if (group.status !== 'Running') throw execErrors.incorrectStatus(`The container group is ${group.status}; commands run only in a Running one.`);
  if (container.state !== 'Running') throw execErrors.incorrectStatus(`The container "${container.name}" is ${container.state}, not Running.`);
  return { group, container, command, tty, stdin, sync };
}
