import { setTimeout as sleep } from 'node:timers/promises';
import { toCloudError, type CloudError } from './cloud-error.ts';

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  readonly maxAttempts: number;
  /** The exponential backoff starts here (ms) and doubles per attempt, with full jitter. */
  readonly baseDelayMs: number;
  /** No wait is longer, even when the cloud's `x-acs-retry-after` asks for more. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 2000 };

/** Only failures that a later identical request may not hit: throttling, 5xx, timeouts, unreachable. */
export function isRetryable(error: CloudError): boolean {
  switch (error.kind) {
    case 'timeout':
    case 'network':
      return true;
    case 'api':
      // IdempotentProcessing: the first request with this ClientToken is still being handled; asking
      // again later gets its result. Only token-carrying calls, which are safe to repeat, see it.
      return error.isThrottling || error.code === 'IdempotentProcessing' || (error.statusCode !== undefined && error.statusCode >= 500);
    default:
      return false;
  }
}

/** The wait before attempt `attempt + 1` (attempt counts from 1). */
export function retryDelay(policy: RetryPolicy, attempt: number, error: CloudError, random: () => number = Math.random): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * random());
}

export interface CallOptions {
  readonly operation: string;
  /**
   * Reads are safe to repeat, and so are calls with a ClientToken (the cloud answers a repeat with the
   * first result). Other mutations are not: a Start that timed out may have been carried out, and
   * a second one would fail or act twice, so they run exactly once.
   */
  readonly idempotent: boolean;
  readonly policy: RetryPolicy;
  readonly wait?: (ms: number) => Promise<unknown>;
}

/** Runs one cloud call, maps any failure to a CloudError and retries it when both allow. */
export async function callCloud<T>(call: () => Promise<T>, options: CallOptions): Promise<T> {
  const wait = options.wait ?? sleep;
  const attempts = options.idempotent ? Math.max(1, options.policy.maxAttempts) : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (thrown) {
      const error = toCloudError(thrown, options.operation);
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await wait(retryDelay(options.policy, attempt, error));
    }
  }
}
