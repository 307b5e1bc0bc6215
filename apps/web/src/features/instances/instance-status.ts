import { InstanceStatus, type PowerAction } from '@porthole/contract';
import type { StatusTone } from '../../components/ui/status-tag.tsx';

export const instanceStatuses: InstanceStatus[] = InstanceStatus.anyOf.map((literal) => literal.const);

export function isTransitional(status: InstanceStatus): boolean {
  return status === 'Starting' || status === 'Stopping' || status === 'Pending';
}

export function statusTone(status: InstanceStatus): StatusTone {
  switch (status) {
    case 'Running':
      return 'success';
    case 'Stopped':
      return 'default';
    default:
      return 'processing';
  }
}

/** Which power actions make sense in a state; the cloud would refuse the others anyway. */
export function allowedActions(status: InstanceStatus): ReadonlySet<PowerAction> {
  if (status === 'Running') return new Set(['stop', 'reboot']);
  if (status === 'Stopped') return new Set(['start']);
  return new Set();
}

export const powerActions: readonly PowerAction[] = ['start', 'stop', 'reboot'];

export const transitionPollMs = 1000;
/** The cloud may report the old state for a moment after accepting an action; keep looking this long. */
export const acceptanceGraceMs = 20_000;

export interface AcceptedAction {
  action: PowerAction;
  acceptedAt: number;
}

/**
 * How often to re-read an instance: while it is changing state, and for a short grace period after an
 * accepted action until it shows the action's outcome (a reboot ends where it began, so it waits out
 * the grace period unless a transitional state was seen and has ended).
 */
export function instancePollInterval(
  status: InstanceStatus | undefined,
  accepted: AcceptedAction | undefined,
  now: number,
): number | false {
  if (status && isTransitional(status)) return transitionPollMs;
  if (!accepted || now - accepted.acceptedAt > acceptanceGraceMs) return false;
  if (accepted.action === 'start' && status === 'Running') return false;
  if (accepted.action === 'stop' && status === 'Stopped') return false;
  return transitionPollMs;
}
