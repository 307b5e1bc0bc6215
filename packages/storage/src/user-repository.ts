// Accounts. Passwords arrive already hashed (argon2id, by the BFF); names are unique.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, NewUser, OidcIdentity, Role, User, UserRow, UserScope } from './schema.ts';
import { StorageError, isUniqueViolation } from './storage-error.ts';
import { scopeColumns, toUser } from './user-row.ts';

export interface UserChanges {
  role?: Role;
  scope?: UserScope;
  /** Enabling (false) also clears a sign-in lock and the failure count. */
  disabled?: boolean;
  passwordHash?: string;
}

const NO_SCOPE: UserScope = { regions: null, tag: null };

export interface UserRepository {
  create(user: NewUser, now?: Date): Promise<User>;
  findById(id: string): Promise<User | undefined>;
  findByName(name: string): Promise<User | undefined>;
  /** The OIDC account bound to this identity at the provider. */
  findByOidcSubject(issuer: string, subject: string): Promise<User | undefined>;
  /**
   * Binds an OIDC account that has no identity yet to this one, and returns it. Binding it again to
   * the same identity is a no-op; undefined when it is not an OIDC account or is bound to another
   * identity. Throws DUPLICATE_OIDC_SUBJECT when another account already has this identity.
   */
  bindOidcSubject(id: string, identity: OidcIdentity, now?: Date): Promise<User | undefined>;
  list(): Promise<User[]>;
  /** Applies the changes and returns the updated user, or undefined when there is no such user. */
  update(id: string, changes: UserChanges, now?: Date): Promise<User | undefined>;
  /**
   * Counts one more failed sign-in (atomically, so parallel guesses all count) and returns the user
   * as it is now; `lockUntil` is set when the count reaches `lockAfter`.
   */
  recordFailedSignIn(id: string, now: Date, lock: { after: number; until: Date }): Promise<User | undefined>;
  /** After a successful sign-in: no failures, no lock. */
  clearFailedSignIns(id: string): Promise<void>;
}

export function userRepository(db: Kysely<Database>): UserRepository {
  const byId = async (id: string) => {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  };
  const findByName = async (name: string) => {
    const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row && toUser(row);
  };
  return {
    async create(user, now = new Date()) {
      const at = now.toISOString();
      const row: UserRow = {
        id: randomUUID(),
        name: user.name,
        passwordHash: user.passwordHash,
        role: user.role,
        ...scopeColumns(user.scope ?? NO_SCOPE),
        authSource: user.source ?? 'local',
        failedSignIns: 0,
        lastFailedSignInAt: null,
        lockedUntil: null,
        disabledAt: null,
        oidcIssuer: user.oidc?.issuer ?? null,
        oidcSubject: user.oidc?.subject ?? null,
        createdAt: at,
        updatedAt: at,
      };
      try {
        await db.insertInto('users').values(row).execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // The drivers name the violated index differently; which one it was is simpler to ask.
        if (user.oidc && (await findByName(user.name)) === undefined) throw duplicateSubject(user.oidc, error);
        throw new StorageError('DUPLICATE_USER_NAME', `a user named ${user.name} exists`, { cause: error });
      }
      return toUser(row);
    },
    findById: byId,
    findByName,
    async findByOidcSubject(issuer, subject) {
      const row = await db.selectFrom('users').selectAll().where('oidcIssuer', '=', issuer).where('oidcSubject', '=', subject).executeTakeFirst();
      return row && toUser(row);
    },
    async bindOidcSubject(id, identity, now = new Date()) {
      let result;
      try {
        result = await db
          .updateTable('users')
          .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, updatedAt: now.toISOString() })
          .where('id', '=', id)
          .where('authSource', '=', 'oidc')
          .where((eb) =>
            eb.or([eb('oidcSubject', 'is', null), eb.and([eb('oidcIssuer', '=', identity.issuer), eb('oidcSubject', '=', identity.subject)])]),
          )
          .executeTakeFirst();
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateSubject(identity, error);
        throw error;
      }
      return result.numUpdatedRows > 0n ? byId(id) : undefined;
    },
    async list() {
      return (await db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
    },
    async update(id, changes, now = new Date()) {
      const at = now.toISOString();
      const result = await db
        .updateTable('users')
        .set((eb) => ({
          updatedAt: at,
          ...(changes.role !== undefined && { role: changes.role }),
          ...(changes.scope !== undefined && scopeColumns(changes.scope)),
          ...(changes.passwordHash !== undefined && { passwordHash: changes.passwordHash }),
          // Disabling an already disabled user keeps the original time; enabling clears it.
          ...(changes.disabled === true && { disabledAt: eb.fn.coalesce('disabledAt', eb.val(at)) }),
          ...(changes.disabled === false && { disabledAt: null, lockedUntil: null, failedSignIns: 0 }),
        }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? byId(id) : undefined;
    },
    async recordFailedSignIn(id, now, lock) {
      const at = now.toISOString();
      await db
        .updateTable('users')
        .set((eb) => ({
          failedSignIns: eb('failedSignIns', '+', 1),
          lastFailedSignInAt: at,
          lockedUntil: eb
            .case()
            .when(eb('failedSignIns', '+', 1), '>=', lock.after)
            .then(lock.until.toISOString())
            .else(eb.ref('lockedUntil'))
            .end(),
        }))
        .where('id', '=', id)
        .execute();
      return byId(id);
    },
    async clearFailedSignIns(id) {
      await db.updateTable('users').set({ failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null }).where('id', '=', id).execute();
    },
  };
}

function duplicateSubject(identity: OidcIdentity, cause: unknown): StorageError {
  return new StorageError('DUPLICATE_OIDC_SUBJECT', `an account is already bound to subject ${identity.subject} of ${identity.issuer}`, { cause });
}
