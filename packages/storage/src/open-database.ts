// Opens the BFF's database: PostgreSQL when a URL is given (so several BFF replicas can share state),
// otherwise an embedded SQLite file under the data directory. Pending migrations run before the
// handle is returned, so a caller never sees an old schema.
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, type Dialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrationProvider } from './migrations/migration-list.ts';
import type { Database } from './schema.ts';
import { StorageError } from './storage-error.ts';
import { sqliteDialect } from './sqlite-dialect.ts';

export interface OpenDatabaseOptions {
  /** A `postgres://` or `postgresql://` URL; when absent, SQLite is used. */
  url?: string | undefined;
  /** Where the SQLite file lives; default `./data`. Ignored with a URL. */
  dataDir?: string | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Kysely<Database>> {
  // Migrations address the real snake_case columns; the returned handle adds the camelCase mapping.
  const raw = new Kysely<Database>({ dialect: dialectFor(options) });
  try {
    const { error, results } = await new Migrator({ db: raw, provider: migrationProvider }).migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new StorageError('MIGRATION_FAILED', `migration ${failed} failed`, { cause: error });
    }
  } catch (error) {
    await raw.destroy();
    throw error;
  }
  return raw.withPlugin(new CamelCasePlugin());
}

/** The dialect openDatabase uses, for a handle without the migrations (tests of a migration). */
export function dialectFor(options: OpenDatabaseOptions): Dialect {
  return options.url ? postgresDialect(options.url) : sqliteDialect(options.dataDir ?? 'data');
}

function postgresDialect(url: string): Dialect {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new StorageError('UNSUPPORTED_URL', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) });
}
