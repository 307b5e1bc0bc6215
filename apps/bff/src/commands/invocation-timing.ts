import type { CloudRepeatMode } from '@porthole/cloud';
import type { Schedule } from '@porthole/contract';
import { buildFrequency, frequencyProblem, nextRuns, parseFrequency } from '@porthole/schedule';
import { ApiError } from '../errors/error-catalogue.ts';

export interface InvocationTiming {
  readonly repeatMode: CloudRepeatMode;
  readonly frequency?: string;
}

/**
 * The Frequency text of a periodic schedule, refused with INVALID_SCHEDULE and the reason when the cloud
 * would refuse it. `timeoutSeconds` undefined: the run takes the saved command's own timeout, which the
 * BFF does not look up; the cloud checks the interval against it and answers InvalidParam.Frequency.
 */
function checkedFrequency(schedule: Extract<Schedule, { kind: 'rate' | 'at' | 'cron' }>, timeoutSeconds: number | undefined, now: number): string {
  const text = buildFrequency(schedule);
  const parsed = parseFrequency(text);
  if (!parsed.ok) throw new ApiError('INVALID_SCHEDULE', `The schedule is not valid: ${parsed.reason}.`);
  const problem = frequencyProblem(parsed.frequency, { timeoutSeconds: timeoutSeconds ?? 0, after: now });
  if (problem) throw new ApiError('INVALID_SCHEDULE', `The schedule is not valid: ${problem}.`);
  if (nextRuns(parsed.frequency, { after: now, count: 1, createdAt: now }).length === 0) {
    throw new ApiError('INVALID_SCHEDULE', 'The schedule is not valid: it has no run time after now.');
  }
  return text;
}

function scheduledTiming(schedule: Schedule, timeoutSeconds: number | undefined, now: number): InvocationTiming {
  switch (schedule.kind) {
    case 'now':
      return { repeatMode: 'Once' };
    case 'next-reboot':
      return { repeatMode: 'NextRebootOnly' };
    case 'every-reboot':
      return { repeatMode: 'EveryReboot' };
    default:
      return { repeatMode: 'Period', frequency: checkedFrequency(schedule, timeoutSeconds, now) };
  }
}

/**
 * RepeatMode and Frequency for a schedule. A dry run sends RepeatMode=DryRun WITHOUT the Frequency:
 * InvokeCommand treats any Frequency as RepeatMode=Period, so a dry run with one could really be
 * scheduled. Its schedule is still checked here, by the rules the cloud applies.
 */
export function invocationTiming(schedule: Schedule, options: { dryRun: boolean; timeoutSeconds: number | undefined; now: number }): InvocationTiming {
  const timing = scheduledTiming(schedule, options.timeoutSeconds, options.now);
  return options.dryRun ? { repeatMode: 'DryRun' } : timing;
}

/** How a schedule reads in an audit entry. */
export function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'now':
      return 'now';
    case 'next-reboot':
      return 'at the next reboot';
    case 'every-reboot':
      return 'at every reboot';
    default:
      return buildFrequency(schedule);
  }
}
