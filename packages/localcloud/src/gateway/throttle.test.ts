import { describe, expect, it } from 'vitest';
import { TokenBucketThrottle } from './throttle.ts';

describe('TokenBucketThrottle', () => {
  it('allows a burst, then tells how long to wait, then refills', () => {
    const throttle = new TokenBucketThrottle();
    expect(throttle.take('AK', 'A', 2, 2, 0)).toBe(0);
    expect(throttle.take('AK', 'A', 2, 2, 0)).toBe(0);
    expect(throttle.take('AK', 'A', 2, 2, 0)).toBe(500);
    expect(throttle.take('AK', 'B', 2, 2, 0)).toBe(0);
    expect(throttle.take('AK2', 'A', 2, 2, 0)).toBe(0);
    expect(throttle.take('AK', 'A', 2, 2, 500)).toBe(0);
  });

  it('is off at rate 0', () => {
    const throttle = new TokenBucketThrottle();
    for (let i = 0; i < 100; i++) expect(throttle.take('AK', 'A', 0, 0, 0)).toBe(0);
    expect(throttle.size).toBe(0);
  });
});
