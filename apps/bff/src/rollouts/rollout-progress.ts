import type { RolloutBatchState } from '@porthole/storage';

/** Every batch has at most this many instances; the whole rollout at most MAX_ROLLOUT_INSTANCES. */
export const MAX_ROLLOUT_INSTANCES = 1000;

// Per-instance InvocationStatus (alibaba-api.md §4.2 a): these end an instance's run.
const TERMINAL = new Set(['Success', 'Failed', 'Invalid', 'Aborted', 'Error', 'Timeout', 'Cancelled', 'Terminated']);
// The ones the error threshold counts. Cancelled and Terminated mean somebody stopped the run: not the command's fault.
const FAILURE = new Set(['Failed', 'Invalid', 'Aborted', 'Error', 'Timeout']);

export const isTerminal = (status: string): boolean => TERMINAL.has(status);
export const isFailure = (status: string): boolean => FAILURE.has(status);

/** The instances in order, cut into batches of at most `size`. */
export function planBatches(instanceIds: readonly string[], size: number): RolloutBatchState[] {
  const batches: RolloutBatchState[] = [];
  for (let start = 0; start < instanceIds.length; start += size) {
    const index = batches.length;
    batches.push({ index, instanceIds: instanceIds.slice(start, start + size), status: 'waiting', invokeId: null, startedAt: null, finishedAt: null, stopSent: false, results: [] });
  }
  return batches;
}

/**
 * The cloud ClientToken of one batch. Derived, not random: a runner that dies between sending a batch and
 * saving its InvokeId sends it again with the same token after a restart, and the cloud answers with the
 * first InvokeId instead of running the batch twice. Rollout ids are UUIDs, so this stays under 64 ASCII characters.
 */
export const batchClientToken = (rolloutId: string, index: number): string => `${rolloutId}.b${index}`;

export interface ResultCounts {
  succeeded: number;
  failed: number;
}

export function countResults(batches: readonly RolloutBatchState[]): ResultCounts {
  let succeeded = 0;
  let failed = 0;
  for (const result of batches.flatMap((batch) => batch.results)) {
    if (result.status === 'Success') succeeded += 1;
    else if (isFailure(result.status)) failed += 1;
  }
  return { succeeded, failed };
}

/** Done when every instance of the batch has a terminal status. */
export function batchDone(batch: RolloutBatchState): boolean {
  return batch.instanceIds.every((id) => {
    const result = batch.results.find((r) => r.instanceId === id);
    return result !== undefined && isTerminal(result.status);
  });
}
