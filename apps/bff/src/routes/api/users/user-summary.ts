import type { UserSummary } from '@porthole/contract';
import type { User } from '@porthole/storage';

/** A user as the admin page sees it: never the password hash nor the failure counter. */
export function toUserSummary(user: User, now = new Date()): UserSummary {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    scope: user.scope,
    source: user.source,
    disabled: user.disabledAt !== null,
    // A lock that has run out no longer holds the account; the stored time just has not been cleared yet.
    lockedUntil: user.lockedUntil !== null && user.lockedUntil > now.toISOString() ? user.lockedUntil : null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
