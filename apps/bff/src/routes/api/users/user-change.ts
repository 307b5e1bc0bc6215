import type { UpdateUserBody, UserScope } from '@porthole/contract';
import type { User } from '@porthole/storage';
import { ApiError } from '../../../errors/error-catalogue.ts';

const describeScope = (scope: UserScope): string => {
  const regions = scope.regions === null ? 'all regions' : scope.regions.join(',');
  return scope.tag === null ? regions : `${regions}, tag ${scope.tag.key}=${scope.tag.value}`;
};

const sameScope = (a: UserScope, b: UserScope): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What an update really changes, compared with the user as stored. */
export interface UserChange {
  /** For the audit entry, e.g. `role viewer → operator; disabled`; undefined when nothing changes. */
  detail: string | undefined;
  /** A new role or scope, or disabling, must take effect at once: the user's sessions end. */
  endsSessions: boolean;
}

export function userChange(user: User, body: UpdateUserBody): UserChange {
  const roleChanges = body.role !== undefined && body.role !== user.role;
  const scopeChanges = body.scope !== undefined && !sameScope(body.scope, user.scope);
  const disables = body.disabled === true && user.disabledAt === null;
  const enables = body.disabled === false && (user.disabledAt !== null || user.lockedUntil !== null);
  const parts = [
    roleChanges && `role ${user.role} → ${body.role}`,
    scopeChanges && body.scope && `scope ${describeScope(user.scope)} → ${describeScope(body.scope)}`,
    disables && 'disabled',
    enables && (user.disabledAt === null ? 'unlocked' : 'enabled'),
  ].filter((part): part is string => typeof part === 'string');
  return { detail: parts.length === 0 ? undefined : parts.join('; '), endsSessions: roleChanges || scopeChanges || disables };
}

const isActiveAdmin = (user: Pick<User, 'role' | 'disabledAt'>): boolean => user.role === 'admin' && user.disabledAt === null;

/**
 * Refuses a change that would leave nobody able to manage users, including an admin demoting or
 * disabling themselves as the last one. Two admins demoting each other at the same instant could
 * both pass; the check is about mistakes, not a hostile admin (who could do worse anyway).
 */
export function assertAdminRemains(users: readonly User[], user: User, body: UpdateUserBody): void {
  if (!isActiveAdmin(user)) return;
  const after = { role: body.role ?? user.role, disabledAt: body.disabled === true ? 'now' : user.disabledAt };
  if (isActiveAdmin(after)) return;
  if (!users.some((other) => other.id !== user.id && isActiveAdmin(other))) throw new ApiError('LAST_ADMIN');
}
