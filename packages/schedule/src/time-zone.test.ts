import { describe, expect, it } from 'vitest';
import { toIanaTimeZone } from './time-zone.ts';

describe('toIanaTimeZone', () => {
  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['UTC', 'UTC'],
    ['GMT+8:00', 'Etc/GMT-8'],
    ['GMT-7:00', 'Etc/GMT+7'],
    ['GMT+0:00', 'UTC'],
    ['GMT+5:30', '+05:30'],
    ['GMT-12:00', 'Etc/GMT+12'],
    ['GMT+14:00', 'Etc/GMT-14'],
  ])('maps %s to %s', (input, expected) => {
    expect(toIanaTimeZone(input)).toBe(expected);
  });

  it.each(['GMT+08:00', 'GMT+8', 'GMT-13:00', 'PST', 'utc', 'Asia/Nowhere', 'asia/shanghai', ''])('refuses %s', (input) => {
    expect(toIanaTimeZone(input)).toBeUndefined();
  });

  it('gives ids Intl accepts, with the offset they stand for', () => {
    const format = (timeZone: string): string => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(Date.parse('2026-01-01T00:00:00Z'));
    expect(format(toIanaTimeZone('GMT+8:00') ?? '')).toBe('08:00');
    expect(format(toIanaTimeZone('GMT-7:00') ?? '')).toBe('17:00');
  });
});
