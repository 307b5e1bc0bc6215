import type { StatusTone } from '../../components/ui/status-tag.tsx';

// ECI statuses are an open set (the API adds new ones), so unknown words get a neutral tone.
const tones: Record<string, StatusTone> = {
  Running: 'success',
  Succeeded: 'default',
  Failed: 'error',
  Expired: 'error',
  ScheduleFailed: 'error',
  Scheduling: 'processing',
  Pending: 'processing',
  Restarting: 'processing',
  Updating: 'processing',
  Terminating: 'processing',
};

export function containerGroupTone(status: string): StatusTone {
  return tones[status] ?? 'warning';
}

export function isContainerGroupBusy(status: string): boolean {
  return containerGroupTone(status) === 'processing';
}

export function containerStateTone(state: string): StatusTone {
  if (state === 'Running') return 'success';
  if (state === 'Terminated') return 'default';
  return 'processing';
}
