// The embedded SQLite database. Kysely's SQLite adapter assumes one process per file and takes no
// migration lock, so two processes starting together (the BFF and an admin command, say) could both
// apply the same migration. Here the migration lock is SQLite's own write lock: BEGIN IMMEDIATE
// waits (busy_timeout) for another migrating process, which then finds nothing left to do.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteAdapter, SqliteDialect, sql, type Dialect, type Kysely } from 'kysely';

export const SQLITE_FILE_NAME = 'porthole.sqlite';

class LockingSqliteAdapter extends SqliteAdapter {
  override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`begin immediate`.execute(db);
  }

  // Also after a failed migration: the ones before it stay applied and recorded, as they would
  // without this lock (Kysely runs SQLite migrations outside a transaction).
  override async releaseMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`commit`.execute(db);
  }
}

class LockingSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new LockingSqliteAdapter();
  }
}

export function sqliteDialect(dataDir: string): Dialect {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = new SQLite(join(dir, SQLITE_FILE_NAME));
  // WAL lets readers proceed during a write; foreign keys are off by default in SQLite;
  // the busy timeout rides out another process holding the write lock for a moment.
  file.pragma('journal_mode = WAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  return new LockingSqliteDialect({ database: file });
}
