import { isFailedClass, isPeriodic, isStoppedClass, type InstanceStatus, type RepeatMode } from './model.ts';

/** The three status fields of alibaba-api.md §4.2, derived from the per-instance statuses. */

export type TaskStatus = 'Pending' | 'Scheduled' | 'Running' | 'Stopping' | 'Success' | 'Failed' | 'PartialFailed' | 'Stopped';
export type LegacyStatus = TaskStatus | 'Finished';

/** The non-terminal states in the order in which one of them decides the task's status (§4.2 b). */
const ACTIVE: readonly InstanceStatus[] = ['Pending', 'Scheduled', 'Running', 'Stopping'];

/** §4.2 (b): task-level `InvocationStatus`. */
export function taskStatus(statuses: readonly InstanceStatus[]): TaskStatus {
  for (const active of ACTIVE) if (statuses.includes(active)) return active as TaskStatus;
  const success = statuses.filter((s) => s === 'Success').length;
  const failed = statuses.filter(isFailedClass).length;
  if (statuses.every(isStoppedClass)) return 'Stopped';
  if (failed === 0) return 'Success';
  return success === 0 ? 'Failed' : 'PartialFailed';
}

/**
 * §4.2 (c): the legacy task-level `InvokeStatus`. Periodic tasks stay Running until stopped or their
 * schedule ends; a one-time task that ended is Finished when nothing failed (some may have been stopped).
 */
export function legacyTaskStatus(statuses: readonly InstanceStatus[], mode: RepeatMode): LegacyStatus {
  const status = taskStatus(statuses);
  if (isPeriodic(mode) && (status === 'Pending' || status === 'Scheduled')) return 'Running';
  return status === 'Success' ? 'Finished' : status;
}

/** The legacy per-instance field (`InstanceInvokeStatus`, `InvokeRecordStatus`). */
export function legacyInstanceStatus(status: InstanceStatus): LegacyStatus {
  if (status === 'Success') return 'Finished';
  if (isFailedClass(status)) return 'Failed';
  if (isStoppedClass(status)) return 'Stopped';
  return status as 'Pending' | 'Scheduled' | 'Running' | 'Stopping';
}
