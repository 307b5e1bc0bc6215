import { describe, expect, it } from 'vitest';
import { durationText, formatBytes } from './recording-format.ts';

describe('formatBytes', () => {
  it('picks the largest binary unit that fits', () => {
    expect(formatBytes(0, 'en-US')).toBe('0 bytes');
    expect(formatBytes(1, 'en-US')).toBe('1 byte');
    expect(formatBytes(812, 'en-US')).toBe('812 bytes');
    expect(formatBytes(812, 'zh-CN')).toBe('812字节');
    expect(formatBytes(1536, 'en-US')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 ** 2 + 300 * 1024, 'en-US')).toBe('5.3 MB');
    expect(formatBytes(3 * 1024 ** 3, 'en-US')).toBe('3 GB');
  });
});

describe('durationText', () => {
  it('says seconds, minutes or hours with the unit below', () => {
    expect(durationText(42.4)).toEqual({ key: 'seconds', parts: { hours: 0, minutes: 0, seconds: 42 } });
    expect(durationText(83)).toEqual({ key: 'minutes', parts: { hours: 0, minutes: 1, seconds: 23 } });
    expect(durationText(7325)).toEqual({ key: 'hours', parts: { hours: 2, minutes: 2, seconds: 5 } });
    expect(durationText(-1)).toEqual({ key: 'seconds', parts: { hours: 0, minutes: 0, seconds: 0 } });
  });
});
