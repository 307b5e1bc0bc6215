// Server-side sessions, keyed by the hash of the token the browser holds: a leaked database does not
// yield usable cookies. A session is valid until revoked, idle too long, or past its absolute expiry.
import type { Kysely } from 'kysely';
import type { Database, NewSession, Session, User } from './schema.ts';
import { toUser } from './user-row.ts';

export interface SessionWithUser {
  session: Session;
  user: User;
}

export interface SessionRepository {
  create(session: NewSession): Promise<Session>;
  /** The session and its user, when the session is live at `now` and the user is not disabled. */
  findValid(tokenHash: string, now: Date): Promise<SessionWithUser | undefined>;
  /** Records activity and extends the idle expiry (never past the absolute one). False if not live. */
  touch(tokenHash: string, now: Date, idleExpiresAt: Date): Promise<boolean>;
  revoke(tokenHash: string, now: Date): Promise<void>;
  /** Signs a user out everywhere (but `except`), e.g. after a password or role change; returns how many ended. */
  revokeAllForUser(userId: string, now: Date, options?: { except?: string }): Promise<number>;
  /** Deletes sessions that can never be valid again; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}

export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async create(session) {
      const row: Session = { ...session, lastSeenAt: session.createdAt, revokedAt: null };
      await db.insertInto('sessions').values(row).execute();
      return row;
    },
    async findValid(tokenHash, now) {
      const at = now.toISOString();
      // One round trip per authenticated request: the session and its user together.
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .where('sessions.tokenHash', '=', tokenHash)
        .where('sessions.revokedAt', 'is', null)
        .where('sessions.idleExpiresAt', '>', at)
        .where('sessions.absoluteExpiresAt', '>', at)
        .where('users.disabledAt', 'is', null)
        .selectAll('users')
        .select([
          'sessions.tokenHash',
          'sessions.createdAt as sessionCreatedAt',
          'sessions.lastSeenAt',
          'sessions.idleExpiresAt',
          'sessions.absoluteExpiresAt',
          'sessions.revokedAt',
        ])
        .executeTakeFirst();
      if (!row) return undefined;
      const { tokenHash: hash, sessionCreatedAt, lastSeenAt, idleExpiresAt, absoluteExpiresAt, revokedAt, ...user } = row;
      return {
        session: { tokenHash: hash, userId: user.id, createdAt: sessionCreatedAt, lastSeenAt, idleExpiresAt, absoluteExpiresAt, revokedAt },
        user: toUser(user),
      };
    },
    async touch(tokenHash, now, idleExpiresAt) {
      const at = now.toISOString();
      const result = await db
        .updateTable('sessions')
        .set((eb) => ({
          lastSeenAt: at,
          idleExpiresAt: eb.case().when('absoluteExpiresAt', '<', idleExpiresAt.toISOString()).then(eb.ref('absoluteExpiresAt')).else(idleExpiresAt.toISOString()).end(),
        }))
        .where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null)
        .where('idleExpiresAt', '>', at)
        .where('absoluteExpiresAt', '>', at)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async revoke(tokenHash, now) {
      await db.updateTable('sessions').set({ revokedAt: now.toISOString() }).where('tokenHash', '=', tokenHash).where('revokedAt', 'is', null).execute();
    },
    async revokeAllForUser(userId, now, options = {}) {
      let query = db.updateTable('sessions').set({ revokedAt: now.toISOString() }).where('userId', '=', userId).where('revokedAt', 'is', null);
      if (options.except !== undefined) query = query.where('tokenHash', '!=', options.except);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async purgeExpired(now) {
      const at = now.toISOString();
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('revokedAt', 'is not', null), eb('idleExpiresAt', '<=', at), eb('absoluteExpiresAt', '<=', at)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
