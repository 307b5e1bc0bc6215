import { describe, expect, it } from 'vitest';
import { rolloutPollInterval, rolloutProgress } from './rollout-status.ts';
import { aBatch, aRolloutDetail } from './testing/rollout-fixtures.ts';

describe('rolloutProgress', () => {
  it('counts finished instances, failed ones included, out of the total', () => {
    expect(rolloutProgress({ succeeded: 3, failed: 1, instanceCount: 8 })).toEqual({ done: 4, total: 8, percent: 50, succeededPercent: 38 });
  });

  it('is zero, not NaN, for an empty rollout', () => {
    expect(rolloutProgress({ succeeded: 0, failed: 0, instanceCount: 0 }).percent).toBe(0);
  });
});

describe('rolloutPollInterval', () => {
  it('polls while running or paused, and stops once the rollout is over', () => {
    expect(rolloutPollInterval(aRolloutDetail({ status: 'running' }, [aBatch(0, { status: 'running' })]))).toBe(2000);
    expect(rolloutPollInterval(aRolloutDetail({ status: 'paused' }, [aBatch(0, { status: 'succeeded' }), aBatch(1)]))).toBe(5000);
    const over = (['succeeded', 'halted', 'cancelled', 'error'] as const).map((status) =>
      rolloutPollInterval(aRolloutDetail({ status }, [aBatch(0, { status: 'succeeded' }), aBatch(1, { status: 'skipped' })])),
    );
    expect(over).toEqual([false, false, false, false]);
  });

  it('keeps polling a cancelled rollout until its running batch has stopped', () => {
    expect(rolloutPollInterval(aRolloutDetail({ status: 'cancelled' }, [aBatch(0, { status: 'running' }), aBatch(1, { status: 'skipped' })]))).toBe(2000);
  });
});
