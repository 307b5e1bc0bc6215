import { readFile } from 'node:fs/promises';
import type { PowerRecord } from './model.ts';

/** The state file: only what changed since the seed, i.e. each instance's power record. */
export interface WorldState {
  readonly version: 1;
  readonly seed: string;
  readonly instances: Readonly<Record<string, PowerRecord>>;
}

const STATUSES = new Set(['Pending', 'Starting', 'Running', 'Stopping', 'Stopped']);

export class StateFileError extends Error {
  constructor(path: string, reason: string) {
    super(`localcloud state file ${path} is unusable: ${reason}. Delete it to start again from the seed.`);
    this.name = 'StateFileError';
  }
}

/** Reads the state file; undefined when it does not exist yet. */
export async function loadState(path: string): Promise<WorldState | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new StateFileError(path, `not valid JSON (${(error as Error).message})`);
  }
  return checkState(path, parsed);
}

function checkState(path: string, value: unknown): WorldState {
  const state = value as Partial<WorldState> | null;
  if (typeof state !== 'object' || state === null || state.version !== 1) throw new StateFileError(path, 'missing or unknown "version"');
  if (typeof state.seed !== 'string') throw new StateFileError(path, '"seed" is not a string');
  if (typeof state.instances !== 'object' || state.instances === null) throw new StateFileError(path, '"instances" is not an object');
  for (const [id, record] of Object.entries(state.instances)) {
    if (!STATUSES.has(record?.status) || typeof record.boots !== 'number') {
      throw new StateFileError(path, `instance ${id} has no valid "status"/"boots"`);
    }
  }
  return state as WorldState;
}
