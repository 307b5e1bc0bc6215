import { describe, expect, it } from 'vitest';
import { NonceCache } from './nonce-cache.ts';

describe('NonceCache', () => {
  it('refuses a nonce until its entry expires, per access key', () => {
    const cache = new NonceCache();
    expect(cache.claim('AK1', 'n', 1000, 0)).toBe(true);
    expect(cache.claim('AK1', 'n', 1000, 500)).toBe(false);
    expect(cache.claim('AK2', 'n', 1000, 500)).toBe(true);
    expect(cache.claim('AK1', 'n', 2000, 1000)).toBe(true);
  });

  it('drops expired entries and stays within its capacity', () => {
    const cache = new NonceCache(3);
    for (let i = 0; i < 10; i++) cache.claim('AK', `n${i}`, 1_000_000, i);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(cache.claim('AK', 'n9', 1_000_000, 10)).toBe(false);
    cache.claim('AK', 'late', 2_000_000, 1_500_000);
    expect(cache.size).toBe(1);
  });
});
