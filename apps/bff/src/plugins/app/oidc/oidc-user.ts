import { UserName, type Role } from '@porthole/contract';
import { StorageError, type OidcIdentity, type User, type UserRepository } from '@porthole/storage';
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

/** The identity OpenID Connect promises never to reassign: the ID token's issuer and subject. */
function identityOf(claims: Claims): OidcIdentity {
  const { iss: issuer, sub: subject } = claims;
  // openid-client has already checked both in the ID token; this only proves it to the type checker.
  if (typeof issuer !== 'string' || typeof subject !== 'string' || subject === '') throw new OidcRefusal('oidc-invalid');
  return { issuer, subject };
}

/**
 * The Porthole user for a provider's claims: created on first sign-in, its role brought in line with
 * the provider's on every sign-in. An account belongs to the provider's subject, not to a name: a
 * provider may hand a departed user's preferred_username to someone new, who must not inherit the
 * account. So a name that is already taken (a local account, or one bound to another subject) is
 * refused, and a disabled account stays out.
 */
export async function oidcUserFor(claims: Claims, config: OidcConfig, users: UserRepository): Promise<User> {
  // Not yet checked, so cut to the longest valid length wherever a refusal carries it to the audit log.
  const name = userNameOf(claims);
  const role = roleForClaim(claims[config.roleClaim], config.roleMap);
  if (role === null) throw new OidcRefusal('oidc-no-role', name.slice(0, 64));
  const identity = identityOf(claims);

  // A renamed user (same subject, new preferred_username) keeps the stored name, and signs in even
  // when the new one would not be a valid Porthole name: sessions, the audit trail and admins know
  // the account by its name, and the new one might be another account's.
  const bound = await users.findByOidcSubject(identity.issuer, identity.subject);
  if (bound !== undefined) return signIn(users, bound, role);
  if (!isUserName(name)) throw new OidcRefusal('oidc-bad-name', name.slice(0, 64));
  try {
    return await signIn(users, await claimName(users, name, role, identity), role);
  } catch (error) {
    if (!(error instanceof StorageError && (error.code === 'DUPLICATE_USER_NAME' || error.code === 'DUPLICATE_OIDC_SUBJECT'))) throw error;
    // Two first sign-ins of the same user at once: the other one claimed the account.
    const winner = await users.findByOidcSubject(identity.issuer, identity.subject);
    if (winner === undefined) throw new OidcRefusal('oidc-name-taken', name);
    return signIn(users, winner, role);
  }
}

/** A new account for an identity seen for the first time, or the unbound one of its name. */
async function claimName(users: UserRepository, name: string, role: Role, identity: OidcIdentity): Promise<User> {
  const named = await users.findByName(name);
  if (named === undefined) return users.create({ name, role, passwordHash: NO_PASSWORD, source: 'oidc', oidc: identity });
  if (named.source !== 'oidc') throw new OidcRefusal('oidc-name-taken', name);
  // Accounts made before subjects were recorded were made by this provider for this name: the first
  // sign-in since binds them. One already bound to another subject stays its owner's.
  const adopted = await users.bindOidcSubject(named.id, identity);
  if (adopted === undefined) throw new OidcRefusal('oidc-name-taken', name);
  return adopted;
}

async function signIn(users: UserRepository, user: User, role: Role): Promise<User> {
  if (user.disabledAt !== null) throw new OidcRefusal('oidc-disabled', user.name);
  if (user.role === role) return user;
  const updated = await users.update(user.id, { role });
  if (updated === undefined) throw new Error(`user ${user.id} vanished while signing in`);
  return updated;
}
