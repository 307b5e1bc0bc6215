import type { Schedule } from '@porthole/contract';
import { describe, expect, it } from 'vitest';
import { describeSchedule, invocationTiming } from './invocation-timing.ts';

const now = Date.UTC(2026, 10, 24, 12, 0, 0);
const timing = (schedule: Schedule, dryRun = false, timeout: { seconds: number | undefined } = { seconds: 60 }) =>
  invocationTiming(schedule, { dryRun, timeoutSeconds: timeout.seconds, now });

describe('invocationTiming', () => {
  it.each([
    [{ kind: 'now' }, { repeatMode: 'Once' }],
    [{ kind: 'next-reboot' }, { repeatMode: 'NextRebootOnly' }],
    [{ kind: 'every-reboot' }, { repeatMode: 'EveryReboot' }],
    [{ kind: 'rate', every: 5, unit: 'm' }, { repeatMode: 'Period', frequency: 'rate(5m)' }],
    [{ kind: 'at', local: '2026-12-01 02:00:00', timeZone: 'Asia/Shanghai' }, { repeatMode: 'Period', frequency: 'at(2026-12-01 02:00:00 Asia/Shanghai)' }],
    [{ kind: 'cron', expression: '0 0 2 * * ?', timeZone: 'America/Los_Angeles' }, { repeatMode: 'Period', frequency: '0 0 2 * * ? America/Los_Angeles' }],
  ] as [Schedule, object][])('maps %j', (schedule, expected) => {
    expect(timing(schedule)).toEqual(expected);
  });

  it('sends a dry run without its Frequency, which would make it a real periodic task', () => {
    expect(timing({ kind: 'rate', every: 5, unit: 'm' }, true)).toEqual({ repeatMode: 'DryRun' });
  });

  it('still checks the schedule of a dry run', () => {
    expect(() => timing({ kind: 'rate', every: 1, unit: 'm' }, true)).toThrow(expect.objectContaining({ code: 'INVALID_SCHEDULE' }));
  });

  it('leaves the check against a saved command’s own timeout to the cloud', () => {
    expect(timing({ kind: 'rate', every: 1, unit: 'm' }, false, { seconds: undefined })).toEqual({ repeatMode: 'Period', frequency: 'rate(1m)' });
    expect(() => timing({ kind: 'rate', every: 1, unit: 'm' }, false, { seconds: 60 })).toThrow(/longer than the timeout/);
  });
});

describe('describeSchedule', () => {
  it('reads as the audit page shows it', () => {
    expect(describeSchedule({ kind: 'now' })).toBe('now');
    expect(describeSchedule({ kind: 'every-reboot' })).toBe('at every reboot');
    expect(describeSchedule({ kind: 'rate', every: 2, unit: 'h' })).toBe('rate(2h)');
  });
});
