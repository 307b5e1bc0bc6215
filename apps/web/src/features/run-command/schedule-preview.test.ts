import { describe, expect, it } from 'vitest';
import { previewSchedule } from './schedule-preview.ts';

const options = { viewerZone: 'Asia/Shanghai', timeoutSeconds: 60 };

describe('previewSchedule', () => {
  it('shows a cron schedule in its own zone and the viewer\'s, across the March DST change', () => {
    const preview = previewSchedule(
      { kind: 'cron', expression: '0 0 9 * * ?', timeZone: 'America/Los_Angeles' },
      { ...options, now: Date.parse('2026-03-06T00:00:00Z'), count: 3 },
    );
    expect(preview).toEqual({
      kind: 'runs',
      zone: 'America/Los_Angeles',
      runs: [
        { at: Date.parse('2026-03-06T17:00:00Z'), inZone: '2026-03-06 09:00', inViewerZone: '2026-03-07 01:00' },
        { at: Date.parse('2026-03-07T17:00:00Z'), inZone: '2026-03-07 09:00', inViewerZone: '2026-03-08 01:00' },
        // PDT from 8 March: nine in the morning is now 16:00 UTC, an hour earlier in Shanghai.
        { at: Date.parse('2026-03-08T16:00:00Z'), inZone: '2026-03-08 09:00', inViewerZone: '2026-03-09 00:00' },
      ],
    });
  });

  it('counts a rate from now, first run one interval later, in the viewer\'s zone', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const preview = previewSchedule({ kind: 'rate', every: 5, unit: 'm' }, { ...options, now, count: 2 });
    expect(preview).toMatchObject({ kind: 'runs', zone: 'Asia/Shanghai', runs: [{ inZone: '2026-01-01 08:05' }, { inZone: '2026-01-01 08:10' }] });
  });

  it('gives the parser\'s reason for a bad expression or interval, and says when nothing is left to run', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const bad = previewSchedule({ kind: 'cron', expression: '0 0 9 * *', timeZone: 'UTC' }, { ...options, now });
    expect(bad.kind).toBe('invalid');
    const tooShort = previewSchedule({ kind: 'rate', every: 1, unit: 'm' }, { ...options, timeoutSeconds: 600, now });
    expect(tooShort.kind).toBe('invalid');
    expect(previewSchedule({ kind: 'at', local: '2025-06-01 10:00:00', timeZone: 'Asia/Shanghai' }, { ...options, now })).toEqual({ kind: 'exhausted' });
    expect(previewSchedule({ kind: 'now' }, { ...options, now })).toEqual({ kind: 'immediate' });
  });
});
