import { describe, expect, it } from 'vitest';
import { chinaLocalToIsoUtc, toConsoleOutput } from './console-output-mapping.ts';

describe('chinaLocalToIsoUtc', () => {
  it('reads the time as UTC+8', () => {
    expect(chinaLocalToIsoUtc('2026-11-24 08:30:05')).toBe('2026-11-24T00:30:05.000Z');
    expect(chinaLocalToIsoUtc('2026-01-01 03:00:00')).toBe('2025-12-31T19:00:00.000Z');
  });
  it.each(['', '2026-11-24T08:30:05Z', '2026-02-30 10:00:00', '2026-11-24 25:00:00', 'yesterday'])('gives null for %j', (time) => {
    expect(chinaLocalToIsoUtc(time)).toBeNull();
  });
});

describe('toConsoleOutput', () => {
  it('decodes the Base64 log as UTF-8', () => {
    const text = '[    0.000000] Linux version 6.1\r\n启动完成 ✓\n';
    const output = toConsoleOutput({
      instanceId: 'i-1',
      consoleOutput: Buffer.from(text, 'utf8').toString('base64'),
      lastUpdateTime: '2026-11-24 08:30:05',
      requestId: 'REQ-1',
    });
    expect(output).toEqual({
      instanceId: 'i-1',
      text,
      lastUpdateTime: '2026-11-24 08:30:05',
      lastUpdateTimeUtc: '2026-11-24T00:30:05.000Z',
      cloudRequestId: 'REQ-1',
    });
  });
});
