// What people read about a rollout: audit details and the reason it stopped. Never a secret: the
// command's content and parameters stay out.
import type { Rollout } from '@porthole/storage';
import type { ResultCounts } from './rollout-progress.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Settings = Pick<Rollout, 'commandName' | 'maxConcurrency' | 'maxFailures' | 'pauseAfterFirstBatch'>;

export function creationDetail(settings: Settings, instanceCount: number, batchCount: number): string {
  const { commandName, maxConcurrency, maxFailures, pauseAfterFirstBatch } = settings;
  const pause = pauseAfterFirstBatch ? '; pauses after the first batch' : '';
  return `${commandName} on ${plural(instanceCount, 'instance')} in ${plural(batchCount, 'batch')} of at most ${maxConcurrency}; halts after more than ${plural(maxFailures, 'failure')}${pause}`;
}

export const haltReason = (failed: number, maxFailures: number): string => `${plural(failed, 'instance')} failed, more than the ${maxFailures} allowed.`;

export const haltDetail = ({ failed, succeeded }: ResultCounts, instanceCount: number, maxFailures: number): string =>
  `${failed} failed, ${succeeded} succeeded of ${plural(instanceCount, 'instance')}; at most ${plural(maxFailures, 'failure')} allowed`;

export const batchDetail = (index: number, batchCount: number, instanceIds: readonly string[]): string =>
  `batch ${index + 1} of ${batchCount}: ${instanceIds.join(', ')}`;

export const refusedReason = (index: number, cloudReason: string): string => `The cloud refused batch ${index + 1}: ${cloudReason}`;

export const lostReason = (index: number, cloudReason: string): string => `The cloud no longer reports on batch ${index + 1}: ${cloudReason}`;
