import type { Frequency } from './frequency.ts';
import { cronRuns } from './next-runs.ts';

const MIN_RATE_SECONDS = 60;
const MAX_RATE_SECONDS = 7 * 86400;
const MIN_CRON_GAP_SECONDS = 10;
// Enough consecutive runs to meet the shortest gap of any everyday pattern (a burst inside an hour,
// a list of minutes); a gap that only shows up later is beyond what this check promises.
const CRON_RUNS_CHECKED = 20;

export type FrequencyProblemOptions = {
  timeoutSeconds: number;
  /** Epoch ms to look for cron runs from; defaults to now. Localcloud passes its world clock. */
  after?: number;
};

/** Why the cloud would refuse a parsed schedule's timing, or undefined when it is within bounds. */
export function frequencyProblem(frequency: Frequency, options: FrequencyProblemOptions): string | undefined {
  const { timeoutSeconds } = options;
  switch (frequency.kind) {
    case 'rate': {
      const seconds = frequency.intervalSeconds;
      if (seconds < MIN_RATE_SECONDS || seconds > MAX_RATE_SECONDS) return `a rate interval must be between 60 seconds and 7 days, got ${seconds} s`;
      if (seconds <= timeoutSeconds) return `a rate interval (${seconds} s) must be longer than the timeout (${timeoutSeconds} s)`;
      return undefined;
    }
    case 'at': return undefined;
    case 'cron': {
      // The gap does not depend on the zone except around DST, where it only grows or repeats an hour.
      const runs = cronRuns(frequency.expression, { timezone: 'UTC' }, options.after ?? Date.now(), CRON_RUNS_CHECKED);
      const gapSeconds = Math.min(...runs.slice(1).map((run, index) => (run - (runs[index] ?? run)) / 1000));
      if (gapSeconds < MIN_CRON_GAP_SECONDS) return `cron runs must be at least 10 seconds apart; this one runs every ${gapSeconds} s`;
      if (gapSeconds < timeoutSeconds) return `cron runs (${gapSeconds} s apart) must not be closer than the timeout (${timeoutSeconds} s)`;
      return undefined;
    }
  }
}
