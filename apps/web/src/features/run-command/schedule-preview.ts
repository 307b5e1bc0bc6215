import type { Schedule } from '@porthole/contract';
import { buildFrequency, frequencyProblem, nextRuns, parseFrequency, toIanaTimeZone } from '@porthole/schedule';

export interface PreviewRun {
  at: number;
  /** The run time in the zone the schedule was written in. */
  inZone: string;
  /** The same instant where the viewer is. */
  inViewerZone: string;
}

export type SchedulePreview =
  | { kind: 'immediate' }
  | { kind: 'runs'; zone: string; runs: PreviewRun[] }
  | { kind: 'invalid'; reason: string }
  /** Valid, but no run time is left: an `at` in the past, or a cron whose years are over. */
  | { kind: 'exhausted' };

export interface PreviewOptions {
  now: number;
  viewerZone: string;
  /** A periodic task must leave each run time to finish: the cloud refuses intervals shorter than the timeout. */
  timeoutSeconds: number;
  count?: number;
}

/**
 * The next run times of a schedule, computed with the same grammar the cloud applies, so what the user
 * confirms is what runs. Reboot modes and "now" have no times to show.
 */
export function previewSchedule(schedule: Schedule, options: PreviewOptions): SchedulePreview {
  if (schedule.kind === 'now' || schedule.kind === 'next-reboot' || schedule.kind === 'every-reboot') return { kind: 'immediate' };
  const parsed = parseFrequency(buildFrequency(schedule));
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason };
  const problem = frequencyProblem(parsed.frequency, { timeoutSeconds: options.timeoutSeconds });
  if (problem) return { kind: 'invalid', reason: problem };
  // A rate has no zone of its own: its times are shown where the viewer is.
  const written = schedule.kind === 'rate' ? options.viewerZone : schedule.timeZone;
  const zone = toIanaTimeZone(written) ?? options.viewerZone;
  const times = nextRuns(parsed.frequency, { after: options.now, count: options.count ?? 5, createdAt: options.now, defaultTimeZone: zone });
  if (times.length === 0) return { kind: 'exhausted' };
  const withSeconds = times.some((at) => new Date(at).getUTCSeconds() !== 0);
  return {
    kind: 'runs',
    zone: written,
    runs: times.map((at) => ({ at, inZone: wallClock(at, zone, withSeconds), inViewerZone: wallClock(at, options.viewerZone, withSeconds) })),
  };
}

/** yyyy-MM-dd HH:mm[:ss] in a zone: one unambiguous format for every language. */
export function wallClock(at: number, timeZone: string, withSeconds: boolean): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}${withSeconds ? `:${part('second')}` : ''}`;
  return `${part('year')}-${part('month')}-${part('day')} ${time}`;
}
