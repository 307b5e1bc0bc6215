import type { User } from '@porthole/storage';
import { ApiError } from '../../../errors/error-catalogue.ts';

// A person mistyping gets a few free tries; a guesser waits 1 s, 2 s, 4 s ... at most a minute
// between attempts on one account, and is locked out after PORTHOLE_SIGN_IN_LOCK_AFTER failures.
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 60_000;

/** How long after the last failure the next attempt on the account must wait. */
export function throttleDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

export interface SignInRefusal {
  readonly error: ApiError;
  readonly retryAfterSeconds: number;
}

/** Why an attempt on this account is refused before its password is even checked, if it is. */
export function signInRefusal(user: User, now: Date): SignInRefusal | undefined {
  const secondsUntil = (at: number) => Math.max(1, Math.ceil((at - now.getTime()) / 1000));
  if (user.lockedUntil !== null) {
    const until = Date.parse(user.lockedUntil);
    if (until > now.getTime()) return { error: new ApiError('ACCOUNT_LOCKED'), retryAfterSeconds: secondsUntil(until) };
  }
  if (user.lastFailedSignInAt !== null) {
    const allowedAt = Date.parse(user.lastFailedSignInAt) + throttleDelayMs(user.failedSignIns);
    if (allowedAt > now.getTime()) return { error: new ApiError('SIGN_IN_THROTTLED'), retryAfterSeconds: secondsUntil(allowedAt) };
  }
  return undefined;
}
