import { UserName, type Role } from '@porthole/contract';
import { StorageError, type User, type UserRepository } from '@porthole/storage';
import { Value } from 'typebox/value';
import type { OidcConfig } from './oidc-config.ts';
import { OidcRefusal } from './oidc-refusals.ts';
import type { Claims } from './oidc-client.ts';
import { roleForClaim } from './role-mapping.ts';

/**
 * What an OIDC user's password hash is: no argon2 hash is empty, so no password ever matches it, and
 * password sign-in (auth-core's verifyPassword) treats an empty hash as "signs in elsewhere".
 */
export const NO_PASSWORD = '';

// A plain boolean: a type guard would leave `never` behind for the refusal to report.
const isUserName = (name: string): boolean => Value.Check(UserName, name);

/** preferred_username when the provider gives one, else the subject. */
export function userNameOf(claims: Claims): string {
  const preferred = claims['preferred_username'];
  return typeof preferred === 'string' && preferred !== '' ? preferred : String(claims['sub']);
}

/**
 * The Porthole user for a provider's claims: created on first sign-in, its role brought in line with
 * the provider's on every sign-in. A local account of the same name is never taken over, and a
 * disabled account stays out.
 */
export async function oidcUserFor(claims: Claims, config: OidcConfig, users: UserRepository): Promise<User> {
  const name = userNameOf(claims);
  if (!isUserName(name)) throw new OidcRefusal('oidc-bad-name', name.slice(0, 64));
  const role = roleForClaim(claims[config.roleClaim], config.roleMap);
  if (role === null) throw new OidcRefusal('oidc-no-role', name);

  const existing = await users.findByName(name);
  if (existing === undefined) return create(users, name, role);
  if (existing.source !== 'oidc') throw new OidcRefusal('oidc-name-taken', name);
  if (existing.disabledAt !== null) throw new OidcRefusal('oidc-disabled', name);
  if (existing.role === role) return existing;
  const updated = await users.update(existing.id, { role });
  if (updated === undefined) throw new Error(`user ${existing.id} vanished while signing in`);
  return updated;
}

async function create(users: UserRepository, name: string, role: Role): Promise<User> {
  try {
    return await users.create({ name, role, passwordHash: NO_PASSWORD, source: 'oidc' });
  } catch (error) {
    // Two first sign-ins of the same user at once: the other one created the account.
    if (!(error instanceof StorageError && error.code === 'DUPLICATE_USER_NAME')) throw error;
    const created = await users.findByName(name);
    if (created?.source !== 'oidc') throw new OidcRefusal('oidc-name-taken', name);
    return created;
  }
}
