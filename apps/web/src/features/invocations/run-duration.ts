import type { InvocationResult } from '@porthole/contract';
import { isActive } from './invocation-status.ts';

/** How long the instance ran, in whole seconds: up to `now` while it still runs; null before it started. */
export function runSeconds(result: Pick<InvocationResult, 'status' | 'startTime' | 'finishedTime' | 'stopTime'>, now: number): number | null {
  if (!result.startTime) return null;
  const start = Date.parse(result.startTime);
  const endText = result.finishedTime ?? result.stopTime;
  const end = endText ? Date.parse(endText) : isActive(result.status) ? now : Number.NaN;
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.max(0, Math.round((end - start) / 1000));
}

// A type, not an interface: i18next takes it as interpolation values only with an implicit index signature.
export type DurationParts = { hours: number; minutes: number; seconds: number };

export function durationParts(totalSeconds: number): DurationParts {
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}
