import { cronJob } from './cron-expression.ts';
import type { Frequency } from './frequency.ts';
import { readTimeZone, type Zone } from './time-zone.ts';

export type NextRunsOptions = {
  /** Epoch ms; every returned run is strictly later. */
  after: number;
  count: number;
  /** Epoch ms the task was created; a rate runs one interval after it. Defaults to `after`. */
  createdAt?: number;
  /** Zone of a cron without one (the instance's system zone); UTC when absent. */
  defaultTimeZone?: string;
};

/** The next `count` run times (epoch ms, ascending) of a schedule. */
export function nextRuns(frequency: Frequency, options: NextRunsOptions): number[] {
  const { after, count } = options;
  if (count <= 0) return [];
  switch (frequency.kind) {
    case 'rate': return rateRuns(frequency.intervalSeconds * 1000, options.createdAt ?? after, after, count);
    case 'at': return frequency.at > after ? [frequency.at] : [];
    case 'cron': return cronRuns(frequency.expression, zoneOf(frequency.timeZone ?? options.defaultTimeZone ?? 'UTC'), after, count);
  }
}

// A fixed cadence from creation, independent of how long each run takes.
function rateRuns(intervalMs: number, createdAt: number, after: number, count: number): number[] {
  const first = after < createdAt ? 1 : Math.floor((after - createdAt) / intervalMs) + 1;
  return Array.from({ length: count }, (_, index) => createdAt + (first + index) * intervalMs);
}

/**
 * DST follows croner (as Vixie cron): a fixed time (single second, minute and hour) that falls in a
 * spring-forward gap runs at the first valid time after the gap, and once when the hour repeats;
 * interval jobs skip gap times and run in both passes of a repeated hour.
 */
export function cronRuns(expression: string, zone: Zone, after: number, count: number): number[] {
  return cronJob(expression, zone).nextRuns(count, new Date(after)).map((run) => run.getTime());
}

function zoneOf(timeZone: string): Zone {
  const read = readTimeZone(timeZone);
  if (!read.ok) throw new RangeError(read.reason);
  return read.zone;
}
