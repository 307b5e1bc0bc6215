import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../errors/error-catalogue.ts';
import { checkedCount, MAX_RUN_TARGETS } from './run-targets.ts';

const ids = (count: number) => Array.from({ length: count }, (_, n) => `i-test${n}`);

describe('checkedCount', () => {
  it('passes one to a hundred instances through', () => {
    expect(checkedCount(ids(1))).toEqual(ids(1));
    expect(checkedCount(ids(MAX_RUN_TARGETS))).toHaveLength(100);
  });

  it.each([
    [0, 'NO_TARGETS'],
    [MAX_RUN_TARGETS + 1, 'TOO_MANY_TARGETS'],
  ])('refuses %i instances with %s', (count, code) => {
    expect(() => checkedCount(ids(count))).toThrow(expect.objectContaining({ code }) as ApiError);
  });
});
