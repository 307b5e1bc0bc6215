import { describe, expect, it } from 'vitest';
import type { Frequency } from './frequency.ts';
import { frequencyProblem } from './frequency-problem.ts';
import { parseFrequency } from './parse-frequency.ts';

function frequency(text: string): Frequency {
  const result = parseFrequency(text);
  if (!result.ok) throw new Error(result.reason);
  return result.frequency;
}

const after = Date.parse('2026-11-24T00:00:00Z');

describe('frequencyProblem', () => {
  it.each(['rate(60s)', 'rate(1m)', 'rate(7d)', 'rate(5m)'])('accepts %s with a 60 s timeout', (text) => {
    expect(frequencyProblem(frequency(text), { timeoutSeconds: 59 })).toBeUndefined();
  });

  it.each(['rate(30s)', 'rate(59s)', 'rate(8d)', 'rate(169h)'])('refuses %s as outside 60 s..7 days', (text) => {
    expect(frequencyProblem(frequency(text), { timeoutSeconds: 10 })).toMatch(/between 60 seconds and 7 days/);
  });

  it('refuses a rate not longer than the timeout', () => {
    expect(frequencyProblem(frequency('rate(5m)'), { timeoutSeconds: 300 })).toMatch(/longer than the timeout/);
    expect(frequencyProblem(frequency('rate(5m)'), { timeoutSeconds: 299 })).toBeUndefined();
  });

  it('accepts any at(): whether it lies ahead is the caller\'s check', () => {
    expect(frequencyProblem(frequency('at(2022-06-06 13:15:30 Asia/Shanghai)'), { timeoutSeconds: 3600 })).toBeUndefined();
  });

  it('refuses a cron running more often than every 10 seconds', () => {
    expect(frequencyProblem(frequency('*/5 * * * * ?'), { timeoutSeconds: 1, after })).toMatch(/at least 10 seconds apart.*every 5 s/);
    expect(frequencyProblem(frequency('*/10 * * * * ?'), { timeoutSeconds: 1, after })).toBeUndefined();
  });

  it('finds the shortest gap even when runs are uneven (10:00 and 10:00:05 daily)', () => {
    expect(frequencyProblem(frequency('0,5 0 10 * * ?'), { timeoutSeconds: 1, after })).toMatch(/every 5 s/);
  });

  it('refuses a cron whose runs are closer than the timeout', () => {
    const halfHourly = frequency('0 0/30 10-11 * * ? GMT+8:00');
    expect(frequencyProblem(halfHourly, { timeoutSeconds: 1801, after })).toMatch(/1800 s apart.*timeout \(1801 s\)/);
    expect(frequencyProblem(halfHourly, { timeoutSeconds: 1800, after })).toBeUndefined();
  });

  it('has nothing to measure once a cron has at most one run left', () => {
    expect(frequencyProblem(frequency('0 15 10 ? * * 2022 Asia/Shanghai'), { timeoutSeconds: 60, after })).toBeUndefined();
  });
});
