import { describe, expect, it } from 'vitest';
import { acceptanceGraceMs, allowedActions, instancePollInterval, instanceStatuses, transitionPollMs } from './instance-status.ts';

describe('instance status rules', () => {
  it('lists the statuses the contract knows', () => {
    expect(instanceStatuses).toEqual(['Pending', 'Starting', 'Running', 'Stopping', 'Stopped']);
  });

  it('allows stop and reboot when running, start when stopped, nothing in between', () => {
    expect([...allowedActions('Running')]).toEqual(['stop', 'reboot']);
    expect([...allowedActions('Stopped')]).toEqual(['start']);
    expect([...allowedActions('Starting')]).toEqual([]);
  });
});

describe('instancePollInterval', () => {
  const now = 1_000_000;
  const justNow = (action: 'start' | 'stop' | 'reboot') => ({ action, acceptedAt: now - 500 });

  it('polls while the instance is changing state', () => {
    expect(instancePollInterval('Stopping', undefined, now)).toBe(transitionPollMs);
    expect(instancePollInterval('Running', undefined, now)).toBe(false);
  });

  it('keeps polling after an accepted action until its outcome shows', () => {
    expect(instancePollInterval('Stopped', justNow('start'), now)).toBe(transitionPollMs);
    expect(instancePollInterval('Running', justNow('start'), now)).toBe(false);
    expect(instancePollInterval('Running', justNow('stop'), now)).toBe(transitionPollMs);
    expect(instancePollInterval('Stopped', justNow('stop'), now)).toBe(false);
    expect(instancePollInterval('Running', justNow('reboot'), now)).toBe(transitionPollMs);
  });

  it('gives up after the grace period', () => {
    const old = { action: 'reboot' as const, acceptedAt: now - acceptanceGraceMs - 1 };
    expect(instancePollInterval('Running', old, now)).toBe(false);
  });
});
