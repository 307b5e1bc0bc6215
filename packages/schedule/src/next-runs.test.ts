import { describe, expect, it } from 'vitest';
import type { Frequency } from './frequency.ts';
import { nextRuns } from './next-runs.ts';
import { parseFrequency } from './parse-frequency.ts';

function frequency(text: string): Frequency {
  const result = parseFrequency(text);
  if (!result.ok) throw new Error(result.reason);
  return result.frequency;
}

const iso = (runs: number[]): string[] => runs.map((run) => new Date(run).toISOString());
const at = (text: string): number => Date.parse(text);

describe('nextRuns: rate', () => {
  const createdAt = at('2026-11-24T10:00:00Z');

  it('runs first exactly one interval after creation', () => {
    expect(iso(nextRuns(frequency('rate(5m)'), { after: createdAt, count: 3, createdAt }))).toEqual([
      '2026-11-24T10:05:00.000Z', '2026-11-24T10:10:00.000Z', '2026-11-24T10:15:00.000Z',
    ]);
  });

  it('keeps the cadence of creation when asked later, excluding a run at `after` itself', () => {
    expect(iso(nextRuns(frequency('rate(5m)'), { after: at('2026-11-24T10:10:00Z'), count: 2, createdAt }))).toEqual([
      '2026-11-24T10:15:00.000Z', '2026-11-24T10:20:00.000Z',
    ]);
  });

  it('treats `after` as the creation time when none is given', () => {
    expect(nextRuns(frequency('rate(1h)'), { after: createdAt, count: 1 })).toEqual([createdAt + 3_600_000]);
  });
});

describe('nextRuns: at', () => {
  const once = frequency('at(2022-06-06 13:15:30 Asia/Shanghai)');

  it('is the one instant, 8 hours before Shanghai wall time, while it is ahead', () => {
    expect(iso(nextRuns(once, { after: at('2022-06-01T00:00:00Z'), count: 5 }))).toEqual(['2022-06-06T05:15:30.000Z']);
  });

  it('is nothing once passed', () => {
    expect(nextRuns(once, { after: at('2022-06-06T05:15:30Z'), count: 5 })).toEqual([]);
  });
});

describe('nextRuns: cron', () => {
  it('reads a cron in its own zone', () => {
    expect(iso(nextRuns(frequency('0 15 10 ? * * 2022 Asia/Shanghai'), { after: at('2022-03-01T00:00:00Z'), count: 2 }))).toEqual([
      '2022-03-01T02:15:00.000Z', '2022-03-02T02:15:00.000Z',
    ]);
  });

  it('maps GMT+8:00 to a fixed offset', () => {
    expect(iso(nextRuns(frequency('0 0/30 10-11 * * ? 2022 GMT+8:00'), { after: at('2022-01-01T00:00:00Z'), count: 5 }))).toEqual([
      '2022-01-01T02:00:00.000Z', '2022-01-01T02:30:00.000Z', '2022-01-01T03:00:00.000Z', '2022-01-01T03:30:00.000Z', '2022-01-02T02:00:00.000Z',
    ]);
  });

  it('uses the default zone for a cron without one, else UTC', () => {
    const noon = frequency('0 0 12 * * ?');
    const after = at('2026-11-24T00:00:00Z');
    expect(iso(nextRuns(noon, { after, count: 1, defaultTimeZone: 'Asia/Shanghai' }))).toEqual(['2026-11-24T04:00:00.000Z']);
    expect(iso(nextRuns(noon, { after, count: 1 }))).toEqual(['2026-11-24T12:00:00.000Z']);
  });

  it('numbers weekdays 1 = Monday to 7 = Sunday, as Cloud Assistant does', () => {
    const after = at('2026-11-24T00:00:00Z'); // a Tuesday
    expect(iso(nextRuns(frequency('0 0 12 ? * 1'), { after, count: 1 }))).toEqual(['2026-11-30T12:00:00.000Z']);
    expect(iso(nextRuns(frequency('0 0 12 ? * 7'), { after, count: 1 }))).toEqual(['2026-11-29T12:00:00.000Z']);
  });

  it('honours a start/step year: 2022/2 runs in 2022, 2024, 2026, 2028 only', () => {
    const october = frequency('0 0/5 14 * 10 ? 2022/2 UTC');
    expect(iso(nextRuns(october, { after: at('2022-10-31T14:50:00Z'), count: 2 }))).toEqual([
      '2022-10-31T14:55:00.000Z', '2024-10-01T14:00:00.000Z',
    ]);
    expect(iso(nextRuns(october, { after: at('2026-10-31T14:55:00Z'), count: 1 }))).toEqual(['2028-10-01T14:00:00.000Z']);
  });

  it('honours a year list and gives nothing after the last year', () => {
    const years = frequency('0 0 12 1 1 ? 2027,2030 UTC');
    expect(iso(nextRuns(years, { after: at('2026-11-24T00:00:00Z'), count: 5 }))).toEqual([
      '2027-01-01T12:00:00.000Z', '2030-01-01T12:00:00.000Z',
    ]);
    expect(nextRuns(frequency('0 15 10 ? * * 2022 Asia/Shanghai'), { after: at('2026-11-24T00:00:00Z'), count: 3 })).toEqual([]);
  });

  it('follows DST: 09:00 in Los Angeles moves from 17:00Z to 16:00Z on 2026-03-08', () => {
    const nine = frequency('0 0 9 * * ? America/Los_Angeles');
    expect(iso(nextRuns(nine, { after: at('2026-03-06T20:00:00Z'), count: 3 }))).toEqual([
      '2026-03-07T17:00:00.000Z', '2026-03-08T16:00:00.000Z', '2026-03-09T16:00:00.000Z',
    ]);
  });

  // 02:30 does not exist in Los Angeles on 2026-03-08 (02:00 PST jumps to 03:00 PDT). Croner runs a
  // fixed-time job at the first valid time after the gap, 03:00 PDT, that day rather than skipping it.
  it('runs a time lost to the spring-forward gap at 03:00 PDT the same day', () => {
    const halfPastTwo = frequency('0 30 2 * * ? America/Los_Angeles');
    expect(iso(nextRuns(halfPastTwo, { after: at('2026-03-07T00:00:00Z'), count: 3 }))).toEqual([
      '2026-03-07T10:30:00.000Z', '2026-03-08T10:00:00.000Z', '2026-03-09T09:30:00.000Z',
    ]);
  });

  it('runs a fixed time in the repeated fall-back hour once', () => {
    const halfPastOne = frequency('0 30 1 * * ? America/Los_Angeles');
    expect(iso(nextRuns(halfPastOne, { after: at('2026-10-31T12:00:00Z'), count: 2 }))).toEqual([
      '2026-11-01T08:30:00.000Z', '2026-11-02T09:30:00.000Z',
    ]);
  });

  it('excludes a run exactly at `after`', () => {
    const runs = nextRuns(frequency('0 */20 * * * ?'), { after: at('2026-11-24T10:20:00Z'), count: 1 });
    expect(iso(runs)).toEqual(['2026-11-24T10:40:00.000Z']);
  });

  it('refuses an invalid default zone', () => {
    expect(() => nextRuns(frequency('0 0 12 * * ?'), { after: 0, count: 1, defaultTimeZone: 'GMT+08:00' })).toThrow(RangeError);
  });
});
