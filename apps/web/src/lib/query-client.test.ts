import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { createQueryClient, shouldRetry } from './query-client.ts';

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

describe('createQueryClient', () => {
  const noRetry = { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false, gcTime: Infinity } };

  it('reports an ended session from any query or mutation, and nothing else', async () => {
    const onSessionEnded = vi.fn();
    const client = createQueryClient({ onSessionEnded, defaultOptions: noRetry });
    const fail = (code: ApiError['code']) => () => Promise.reject(error(401, code));

    await client.fetchQuery({ queryKey: ['a'], queryFn: fail('INVALID_CREDENTIALS') }).catch(() => undefined);
    expect(onSessionEnded).not.toHaveBeenCalled();
    await client.fetchQuery({ queryKey: ['b'], queryFn: fail('UNAUTHENTICATED') }).catch(() => undefined);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    await client.getMutationCache().build(client, { mutationFn: fail('UNAUTHENTICATED') }).execute(undefined).catch(() => undefined);
    expect(onSessionEnded).toHaveBeenCalledTimes(2);
    expect(onSessionEnded).toHaveBeenLastCalledWith(client);
  });
});
