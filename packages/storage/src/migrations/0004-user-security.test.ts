import { Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, it } from 'vitest';
import { dialectFor } from '../open-database.ts';
import { describeEachBackend } from '../testing/backends.ts';
import { userRepository } from '../user-repository.ts';
import { migrationProvider } from './migration-list.ts';

describeEachBackend('migration 0004-user-security', (backend) => {
  it('turns a single region scope into a one-region list and keeps users without one unlimited', async () => {
    const options = await backend.options();
    const old = new Kysely<unknown>({ dialect: dialectFor(options) });
    try {
      const { error } = await new Migrator({ db: old, provider: migrationProvider }).migrateTo('0003-audit-events');
      expect(error).toBeUndefined();
      await sql`insert into users (id, name, password_hash, role, region_scope, created_at, updated_at)
        values ('u1', 'ada', 'h', 'operator', 'cn-hangzhou', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
               ('u2', 'bob', 'h', 'viewer', null, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(old);
    } finally {
      await old.destroy();
    }

    const users = userRepository(await backend.open());
    expect(await users.findById('u1')).toMatchObject({ scope: { regions: ['cn-hangzhou'], tag: null }, source: 'local', failedSignIns: 0, lockedUntil: null });
    expect(await users.findById('u2')).toMatchObject({ scope: { regions: null, tag: null } });
  });
});
