// Runs a suite against every storage backend: SQLite always, PostgreSQL when
// PORTHOLE_TEST_DATABASE_URL names a server (`npm test` starts one with scripts/postgres.sh).
// Each test gets a fresh database: a new SQLite directory, or a new PostgreSQL schema
// selected through the connection's search_path, so parallel and repeated runs never meet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { openDatabase, type OpenDatabaseOptions } from '../open-database.ts';
import type { Database } from '../schema.ts';

export interface Backend {
  /** Options that open this test's database; opening twice reaches the same data. */
  options(): Promise<OpenDatabaseOptions>;
  /** Opens the test's database; every handle opened this way is closed after the test. */
  open(): Promise<Kysely<Database>>;
}

const postgresUrl = process.env.PORTHOLE_TEST_DATABASE_URL;

export function describeEachBackend(name: string, suite: (backend: Backend) => void): void {
  describe(`${name} on SQLite`, () => suite(sqliteBackend()));
  describePostgres(name, suite);
}

/** For what only PostgreSQL promises, such as several replicas sharing one database. */
export function describePostgres(name: string, suite: (backend: Backend) => void): void {
  const pgTitle = `${name} on PostgreSQL${postgresUrl ? '' : ' (skipped: PORTHOLE_TEST_DATABASE_URL is not set; `npm test` sets it)'}`;
  describe.skipIf(!postgresUrl)(pgTitle, () => suite(postgresBackend(postgresUrl ?? '')));
}

function tracking(options: () => Promise<OpenDatabaseOptions>, cleanUp: () => Promise<void>): Backend {
  const open: Kysely<Database>[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.destroy()));
    await cleanUp();
  });
  return {
    options,
    async open() {
      const db = await openDatabase(await options());
      open.push(db);
      return db;
    },
  };
}

function sqliteBackend(): Backend {
  let dir: string | undefined;
  return tracking(
    () => Promise.resolve({ dataDir: (dir ??= mkdtempSync(join(tmpdir(), 'porthole-storage-'))) }),
    async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    },
  );
}

function postgresBackend(baseUrl: string): Backend {
  let admin: pg.Pool;
  let schema: string | undefined;
  // The creation itself is shared, not only the name: replicas opened at once must all wait for it.
  let created: Promise<string> | undefined;
  beforeAll(() => {
    admin = new pg.Pool({ connectionString: baseUrl, max: 1 });
  });
  afterAll(() => admin.end());
  return tracking(
    async () => {
      created ??= (async () => {
        const name = `porthole_test_${randomBytes(6).toString('hex')}`;
        schema = name;
        await admin.query(`create schema ${name}`);
        return name;
      })();
      const name = await created;
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${name}`);
      return { url: url.toString() };
    },
    async () => {
      if (schema) await admin.query(`drop schema if exists ${schema} cascade`);
      schema = undefined;
      created = undefined;
    },
  );
}
