import type { UserSummary } from '@porthole/contract';

export type UserStatus = { kind: 'enabled' } | { kind: 'disabled' } | { kind: 'locked'; until: string };

/** A lock that has run out no longer matters, even if the server has not cleared it yet. */
export function userStatus(user: Pick<UserSummary, 'disabled' | 'lockedUntil'>, now: number): UserStatus {
  if (user.disabled) return { kind: 'disabled' };
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return { kind: 'locked', until: user.lockedUntil };
  return { kind: 'enabled' };
}
