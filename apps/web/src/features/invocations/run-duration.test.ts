import { describe, expect, it } from 'vitest';
import { durationParts, runSeconds } from './run-duration.ts';

const now = Date.parse('2026-11-24T10:05:00Z');

describe('runSeconds', () => {
  it('measures from start to finish, or to the stop', () => {
    expect(runSeconds({ status: 'Success', startTime: '2026-11-24T10:00:00Z', finishedTime: '2026-11-24T10:01:05Z', stopTime: null }, now)).toBe(65);
    expect(runSeconds({ status: 'Terminated', startTime: '2026-11-24T10:00:00Z', finishedTime: null, stopTime: '2026-11-24T10:00:09Z' }, now)).toBe(9);
  });

  it('counts up to now while the script still runs, and knows nothing before it starts', () => {
    expect(runSeconds({ status: 'Running', startTime: '2026-11-24T10:00:00Z', finishedTime: null, stopTime: null }, now)).toBe(300);
    expect(runSeconds({ status: 'Pending', startTime: null, finishedTime: null, stopTime: null }, now)).toBeNull();
    expect(runSeconds({ status: 'Cancelled', startTime: '2026-11-24T10:00:00Z', finishedTime: null, stopTime: null }, now)).toBeNull();
  });
});

describe('durationParts', () => {
  it('splits seconds into hours, minutes and seconds', () => {
    expect(durationParts(3725)).toEqual({ hours: 1, minutes: 2, seconds: 5 });
    expect(durationParts(59)).toEqual({ hours: 0, minutes: 0, seconds: 59 });
  });
});
