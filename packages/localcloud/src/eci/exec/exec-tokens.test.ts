import { describe, expect, it } from 'vitest';
import type { ExecRequest } from './exec-request.ts';
import { EXEC_TOKEN_TTL_MS, ExecTokens } from './exec-tokens.ts';
import { ManualClock } from '../../world/manual-clock.ts';

const request = { command: ['ls'] } as unknown as ExecRequest;

describe('exec socket tokens', () => {
  it('open one socket each, within 30 s on the world clock', () => {
    const clock = new ManualClock(0);
    const tokens = new ExecTokens(clock);
    const first = tokens.issue(request);
    const second = tokens.issue(request);
    expect(first).not.toBe(second);
    clock.advance(EXEC_TOKEN_TTL_MS - 1);
    expect(tokens.take(first)).toBe(request);
    expect(tokens.take(first)).toBeUndefined();
    clock.advance(1);
    expect(tokens.take(second)).toBeUndefined();
    expect(tokens.take('made-up')).toBeUndefined();
  });

  it('can all be expired at once', () => {
    const tokens = new ExecTokens(new ManualClock(0));
    const token = tokens.issue(request);
    tokens.expireAll();
    expect(tokens.take(token)).toBeUndefined();
  });
});
