import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';
import { throttleDelayMs } from './sign-in-throttle.ts';

describe('passwords', () => {
  it('hashes with argon2id and a fresh salt, and verifies', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'correct horse batterY')).toBe(false);
  });

  it('matches nothing without a hash or with a malformed one', async () => {
    expect(await verifyPassword(undefined, 'anything')).toBe(false);
    expect(await verifyPassword('', 'anything')).toBe(false);
    expect(await verifyPassword('$argon2id$broken', 'anything')).toBe(false);
  });
});

describe('throttleDelayMs', () => {
  it('is free for three failures, then doubles from a second up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 10, 50].map(throttleDelayMs)).toEqual([0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 60_000, 60_000]);
  });
});
