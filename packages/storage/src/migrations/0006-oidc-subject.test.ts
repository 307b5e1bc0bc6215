import { Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, it } from 'vitest';
import { dialectFor } from '../open-database.ts';
import { describeEachBackend } from '../testing/backends.ts';
import { userRepository } from '../user-repository.ts';
import { migrationProvider } from './migration-list.ts';

describeEachBackend('migration 0006-oidc-subject', (backend) => {
  it('leaves existing OIDC accounts unbound, ready to be bound by their next sign-in', async () => {
    const options = await backend.options();
    const old = new Kysely<unknown>({ dialect: dialectFor(options) });
    try {
      const { error } = await new Migrator({ db: old, provider: migrationProvider }).migrateTo('0005-audit-details');
      expect(error).toBeUndefined();
      await sql`insert into users (id, name, password_hash, role, auth_source, created_at, updated_at)
        values ('u1', 'ada', '', 'operator', 'oidc', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
               ('u2', 'bob', '', 'viewer', 'oidc', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(old);
    } finally {
      await old.destroy();
    }

    const users = userRepository(await backend.open());
    const identity = { issuer: 'https://idp.example', subject: 'sub-1' };
    expect(await users.findByOidcSubject(identity.issuer, identity.subject)).toBeUndefined();
    expect(await users.bindOidcSubject('u1', identity)).toMatchObject({ id: 'u1', name: 'ada', role: 'operator', source: 'oidc' });
    expect((await users.findByOidcSubject(identity.issuer, identity.subject))?.id).toBe('u1');
    expect(await users.findById('u2')).toMatchObject({ name: 'bob', source: 'oidc' });
  });
});
