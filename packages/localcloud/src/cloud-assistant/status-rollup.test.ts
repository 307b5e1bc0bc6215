import { describe, expect, it } from 'vitest';
import { legacyInstanceStatus, legacyTaskStatus, taskStatus } from './status-rollup.ts';

describe('status roll-up (alibaba-api.md §4.2)', () => {
  it('lets a non-terminal instance decide the task status, in order', () => {
    expect(taskStatus(['Success', 'Pending', 'Running'])).toBe('Pending');
    expect(taskStatus(['Running', 'Scheduled'])).toBe('Scheduled');
    expect(taskStatus(['Success', 'Stopping', 'Running'])).toBe('Running');
    expect(taskStatus(['Failed', 'Stopping'])).toBe('Stopping');
  });

  it('rolls terminal instances up to Success, Failed, PartialFailed or Stopped', () => {
    expect(taskStatus(['Success', 'Cancelled'])).toBe('Success');
    expect(taskStatus(['Timeout', 'Aborted', 'Terminated'])).toBe('Failed');
    expect(taskStatus(['Success', 'Invalid', 'Terminated'])).toBe('PartialFailed');
    expect(taskStatus(['Cancelled', 'Terminated'])).toBe('Stopped');
  });

  it('keeps the legacy fields: Finished for a one-time success, Running for a live periodic task', () => {
    expect(legacyTaskStatus(['Success', 'Success'], 'Once')).toBe('Finished');
    expect(legacyTaskStatus(['Scheduled'], 'Period')).toBe('Running');
    expect(legacyTaskStatus(['Scheduled'], 'NextRebootOnly')).toBe('Scheduled');
    expect(legacyTaskStatus(['Failed', 'Success'], 'Once')).toBe('PartialFailed');
    expect(['Success', 'Error', 'Cancelled', 'Running'].map((s) => legacyInstanceStatus(s as never))).toEqual(['Finished', 'Failed', 'Stopped', 'Running']);
  });
});
