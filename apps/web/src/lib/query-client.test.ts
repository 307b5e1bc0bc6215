import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { shouldRetry } from './query-client.ts';

const error = (status: number, code: ApiError['code']) => new ApiError({ code, status, message: 'x' });

describe('shouldRetry', () => {
  it('retries what a second try may fix, twice at most', () => {
    expect(shouldRetry(0, error(0, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(1, error(503, 'CLOUD_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(0, error(429, 'CLOUD_THROTTLED'))).toBe(true);
    expect(shouldRetry(2, error(503, 'CLOUD_UNAVAILABLE'))).toBe(false);
  });

  it('does not retry what will fail again', () => {
    expect(shouldRetry(0, error(404, 'CLOUD_NOT_FOUND'))).toBe(false);
    expect(shouldRetry(0, error(409, 'CLOUD_INVALID_STATE'))).toBe(false);
    expect(shouldRetry(0, new Error('render bug'))).toBe(false);
  });
});
