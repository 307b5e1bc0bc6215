import { readFile, rename, writeFile } from 'node:fs/promises';
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

const DEBOUNCE_MS = 100;

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

/**
 * Debounced, atomic (temp file then rename), one write at a time, like the world's state file; and only
 * once something changed, so a world that never used the Cloud Assistant leaves no file behind.
 */
export class CloudAssistantStateWriter {
  readonly #path: string;
  readonly #snapshot: () => CloudAssistantState;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  #dirty = false;

  constructor(path: string, snapshot: () => CloudAssistantState) {
    this.#path = path;
    this.#snapshot = snapshot;
  }

  schedule(): void {
    this.#dirty = true;
    if (this.#timer) return;
    // A failed background write is retried by the next change and surfaces from close()'s flush.
    this.#timer = setTimeout(() => this.flush().catch(() => undefined), DEBOUNCE_MS);
    this.#timer.unref();
  }

  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#dirty) return this.#writing;
    this.#dirty = false;
    const body = `${JSON.stringify(this.#snapshot())}\n`;
    const tmp = `${this.#path}.${process.pid}.tmp`;
    this.#writing = this.#writing.catch(() => undefined).then(async () => {
      await writeFile(tmp, body, 'utf8');
      await rename(tmp, this.#path);
    });
    return this.#writing;
  }
}
