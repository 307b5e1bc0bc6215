import type { User, UserRepository } from '@porthole/storage';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { verifyPassword } from './passwords.ts';
import { signInRefusal } from './sign-in-throttle.ts';

export interface SignInPolicy {
  readonly users: UserRepository;
  readonly lockAfter: number;
  readonly lockMs: number;
  readonly now: () => Date;
}

/** A refused sign-in, with the account it was for when that exists (for the audit trail). */
export class SignInFailure extends Error {
  override readonly name = 'SignInFailure';
  readonly apiError: ApiError;
  readonly user: User | undefined;

  constructor(apiError: ApiError, user: User | undefined) {
    super(apiError.message);
    this.apiError = apiError;
    this.user = user;
  }
}

/**
 * Checks a name and password and returns the user, or throws a SignInFailure. Unknown names,
 * wrong passwords, disabled and OIDC-only accounts all get the same INVALID_CREDENTIALS after the
 * same amount of hashing work. Each failure on an existing account counts towards its throttle and lock.
 */
export async function passwordSignIn(policy: SignInPolicy, reply: FastifyReply, name: string, password: string): Promise<User> {
  const { users, lockAfter, lockMs, now } = policy;
  const user = await users.findByName(name);
  const at = now();
  const refusal = user && signInRefusal(user, at);
  if (refusal) {
    reply.header('retry-after', String(refusal.retryAfterSeconds));
    throw new SignInFailure(refusal.error, user);
  }
  const matches = await verifyPassword(user?.source === 'local' ? user.passwordHash : undefined, password);
  if (!user || !matches || user.disabledAt !== null) {
    if (user) await users.recordFailedSignIn(user.id, at, { after: lockAfter, until: new Date(at.getTime() + lockMs) });
    throw new SignInFailure(new ApiError('INVALID_CREDENTIALS'), user);
  }
  if (user.failedSignIns > 0 || user.lockedUntil !== null) await users.clearFailedSignIns(user.id);
  return user;
}
