import { readFile } from 'node:fs/promises';
import type { TokenEntry } from './idempotency.ts';
import type { CommandRecord, InvocationRecord } from './model.ts';
import type { QuotaSnapshot } from './quota.ts';

/** What the Cloud Assistant keeps across restarts, next to the world's state file. */
export interface CloudAssistantState {
  readonly version: 1;
  readonly seed: string;
  readonly commands: readonly CommandRecord[];
  readonly invocations: readonly InvocationRecord[];
  readonly clientTokens: readonly TokenEntry[];
  readonly quota: QuotaSnapshot;
}

export const stateFileFor = (worldStateFile: string): string => `${worldStateFile}.cloud-assistant.json`;

export class CloudAssistantStateError extends Error {
  constructor(path: string, reason: string) {
    super(`localcloud Cloud Assistant state file ${path} is unusable: ${reason}. Delete it to start without commands and invocations.`);
    this.name = 'CloudAssistantStateError';
  }
}

export async function loadCloudAssistantState(path: string, seed: string): Promise<CloudAssistantState | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let state: Partial<CloudAssistantState>;
  try {
    state = JSON.parse(raw) as Partial<CloudAssistantState>;
  } catch (error) {
    throw new CloudAssistantStateError(path, `not valid JSON (${(error as Error).message})`);
  }
  if (state.version !== 1) throw new CloudAssistantStateError(path, 'missing or unknown "version"');
  if (state.seed !== seed) throw new CloudAssistantStateError(path, `it was written for seed "${String(state.seed)}", not "${seed}"`);
  if (!Array.isArray(state.commands) || !Array.isArray(state.invocations) || !Array.isArray(state.clientTokens) || !state.quota) {
    throw new CloudAssistantStateError(path, '"commands", "invocations", "clientTokens" or "quota" is missing');
  }
  return state as CloudAssistantState;
}
