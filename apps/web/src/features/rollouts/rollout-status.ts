import type { BatchStatus, RolloutDetail, RolloutInstanceResult, RolloutStatus, RolloutSummary } from '@porthole/contract';
import type { StatusTone } from '../../components/ui/status-tag.tsx';

export function rolloutTone(status: RolloutStatus): StatusTone {
  switch (status) {
    case 'succeeded':
      return 'success';
    case 'running':
      return 'processing';
    case 'paused':
      return 'warning';
    case 'cancelled':
      return 'default';
    default:
      return 'error';
  }
}

export function batchTone(status: BatchStatus): StatusTone {
  switch (status) {
    case 'succeeded':
      return 'success';
    case 'running':
      return 'processing';
    case 'failed':
      return 'error';
    default:
      return 'default';
  }
}

type InstanceStatus = RolloutInstanceResult['status'];

const failedInstanceStatuses: ReadonlySet<InstanceStatus> = new Set(['Failed', 'Invalid', 'Aborted', 'Error', 'Timeout']);
const activeInstanceStatuses: ReadonlySet<InstanceStatus> = new Set(['Pending', 'Scheduled', 'Running', 'Stopping']);

export function instanceTone(status: InstanceStatus): StatusTone {
  if (status === 'Success') return 'success';
  if (failedInstanceStatuses.has(status)) return 'error';
  if (activeInstanceStatuses.has(status)) return 'processing';
  return 'default';
}

/** A rollout still moving (or waiting for a human) can change under the reader's eyes; a finished one cannot. */
export function isOpen(status: RolloutStatus): boolean {
  return status === 'running' || status === 'paused';
}

const runningPollMs = 2000;
// Paused waits for a human, but another operator may continue or cancel it meanwhile.
const pausedPollMs = 5000;

/** A cancelled rollout still has a batch running until its instances have stopped; that is worth watching too. */
export function rolloutPollInterval(detail: RolloutDetail | undefined): number | false {
  if (!detail) return false;
  if (detail.rollout.status === 'running' || detail.batches.some((batch) => batch.status === 'running')) return runningPollMs;
  return detail.rollout.status === 'paused' ? pausedPollMs : false;
}

/** Instances that have finished, either way, out of all the rollout covers. */
export function rolloutProgress(rollout: Pick<RolloutSummary, 'succeeded' | 'failed' | 'instanceCount'>) {
  const done = rollout.succeeded + rollout.failed;
  const total = rollout.instanceCount;
  const percentOf = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
  return { done, total, percent: percentOf(done), succeededPercent: percentOf(rollout.succeeded) };
}
