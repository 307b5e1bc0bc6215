import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachBackend, describePostgres } from './testing/backends.ts';
import { openDatabase } from './open-database.ts';
import { SQLITE_FILE_NAME } from './sqlite-dialect.ts';
import { StorageError } from './storage-error.ts';
import { userRepository } from './user-repository.ts';

const run = promisify(execFile);

describeEachBackend('openDatabase', (backend) => {
  it('runs every migration once, and opening again keeps the data', async () => {
    const first = await backend.open();
    await userRepository(first).create({ name: 'ada', passwordHash: 'hash', role: 'admin' });
    await first.destroy();

    const second = await backend.open();
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(second);
    expect(applied.rows.map((r) => r.name)).toEqual(['0001-users', '0002-sessions', '0003-audit-events', '0004-user-security', '0005-audit-details', '0006-oidc-subject', '0007-shares', '0008-rollouts', '0009-recordings']);
    expect((await userRepository(second).findByName('ada'))?.role).toBe('admin');
  });
});

describePostgres('openDatabase', (backend) => {
  it('lets replicas start at once: migrations run under a lock', async () => {
    const [first] = await Promise.all([backend.open(), backend.open(), backend.open()]);
    const applied = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(first);
    expect(Number(applied.rows[0]?.n)).toBe(9);
  });
});

it('lets several processes start on one SQLite file at once: migrations run under a lock', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'porthole-storage-'));
  const child = join(import.meta.dirname, 'testing', 'open-in-child.ts');
  try {
    await Promise.all(Array.from({ length: 4 }, () => run(process.execPath, [child, dir])));
    const db = await openDatabase({ dataDir: dir });
    const applied = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(db);
    await db.destroy();
    expect(Number(applied.rows[0]?.n)).toBe(9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('keeps SQLite in a file under the data directory', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'porthole-storage-'));
  try {
    const db = await openDatabase({ dataDir: join(dir, 'nested') });
    await db.destroy();
    expect(existsSync(join(dir, 'nested', SQLITE_FILE_NAME))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('refuses a URL that is not PostgreSQL', async () => {
  await expect(openDatabase({ url: 'mysql://127.0.0.1/porthole' })).rejects.toSatisfy(
    (error) => error instanceof StorageError && error.code === 'UNSUPPORTED_URL',
  );
});
