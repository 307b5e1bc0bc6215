import { InstanceInvocationStatus, InvocationStatus } from '@porthole/contract';
import type { StatusTone } from '../../components/ui/status-tag.tsx';

export const invocationStatuses: InvocationStatus[] = InvocationStatus.anyOf.map((literal) => literal.const);
export const instanceInvocationStatuses: InstanceInvocationStatus[] = InstanceInvocationStatus.anyOf.map((literal) => literal.const);

type AnyStatus = InvocationStatus | InstanceInvocationStatus;

/** The states an instance (or a whole run) is still on its way out of (alibaba-api.md §4.2). */
const activeStatuses: ReadonlySet<AnyStatus> = new Set(['Pending', 'Scheduled', 'Running', 'Stopping']);

/** The per-instance states the cloud rolls up as Failed; these are what "re-run on failed" re-runs. */
const failedStatuses: ReadonlySet<AnyStatus> = new Set(['Failed', 'Invalid', 'Aborted', 'Error', 'Timeout']);

export function isActive(status: AnyStatus): boolean {
  return activeStatuses.has(status);
}

export function isFailed(status: AnyStatus): boolean {
  return failedStatuses.has(status);
}

export function invocationTone(status: AnyStatus): StatusTone {
  if (status === 'Success') return 'success';
  if (status === 'PartialFailed') return 'warning';
  if (isFailed(status)) return 'error';
  if (isActive(status)) return 'processing';
  return 'default';
}

/** The rows the "Show" switch keeps. */
export type ResultFilter = 'all' | 'failed' | 'succeeded' | 'running';
export const resultFilters: readonly ResultFilter[] = ['all', 'failed', 'succeeded', 'running'];

export function matchesFilter(status: InstanceInvocationStatus, filter: ResultFilter): boolean {
  switch (filter) {
    case 'failed':
      return isFailed(status);
    case 'succeeded':
      return status === 'Success';
    case 'running':
      return isActive(status);
    default:
      return true;
  }
}

const activePollMs = 2000;
// A scheduled task waits minutes or days for its next run; re-reading it every two seconds would
// only spend the cloud's API quota.
const scheduledPollMs = 15_000;

export function invocationPollInterval(status: InvocationStatus | undefined): number | false {
  if (status === 'Scheduled') return scheduledPollMs;
  return status && isActive(status) ? activePollMs : false;
}
