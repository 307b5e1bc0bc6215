// Accounts. Passwords arrive already hashed (argon2id, by the BFF); names are unique.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, NewUser, Role, User } from './schema.ts';
import { StorageError, isUniqueViolation } from './storage-error.ts';

export interface UserChanges {
  role?: Role;
  regionScope?: string | null;
  disabled?: boolean;
  passwordHash?: string;
}

export interface UserRepository {
  create(user: NewUser, now?: Date): Promise<User>;
  findById(id: string): Promise<User | undefined>;
  findByName(name: string): Promise<User | undefined>;
  list(): Promise<User[]>;
  /** Applies the changes and returns the updated user, or undefined when there is no such user. */
  update(id: string, changes: UserChanges, now?: Date): Promise<User | undefined>;
}

export function userRepository(db: Kysely<Database>): UserRepository {
  const byId = (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return {
    async create(user, now = new Date()) {
      const at = now.toISOString();
      const row: User = { ...user, regionScope: user.regionScope ?? null, id: randomUUID(), disabledAt: null, createdAt: at, updatedAt: at };
      try {
        await db.insertInto('users').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new StorageError('DUPLICATE_USER_NAME', `a user named ${user.name} exists`, { cause: error });
        throw error;
      }
      return row;
    },
    findById: byId,
    findByName: (name) => db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst(),
    list: () => db.selectFrom('users').selectAll().orderBy('name').execute(),
    async update(id, changes, now = new Date()) {
      const at = now.toISOString();
      const result = await db
        .updateTable('users')
        .set((eb) => ({
          updatedAt: at,
          ...(changes.role !== undefined && { role: changes.role }),
          ...(changes.regionScope !== undefined && { regionScope: changes.regionScope }),
          ...(changes.passwordHash !== undefined && { passwordHash: changes.passwordHash }),
          // Disabling an already disabled user keeps the original time; enabling clears it.
          ...(changes.disabled !== undefined && { disabledAt: changes.disabled ? eb.fn.coalesce('disabledAt', eb.val(at)) : null }),
        }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? byId(id) : undefined;
    },
  };
}
