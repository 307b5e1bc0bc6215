// Scopes that can name several regions and an instance tag, where a user signs in from, and the
// failed sign-in counter and lock that brute-force protection needs; plus the server's own secrets
// (shared by every replica, kept across restarts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('region_scopes', 'text').execute();
  // A single region becomes a one-element JSON list; the old column then goes.
  await sql`update users set region_scopes = '["' || region_scope || '"]' where region_scope is not null`.execute(db);
  await db.schema.alterTable('users').dropColumn('region_scope').execute();
  await db.schema.alterTable('users').addColumn('tag_scope_key', 'text').execute();
  await db.schema.alterTable('users').addColumn('tag_scope_value', 'text').execute();
  await db.schema.alterTable('users').addColumn('auth_source', 'text', (c) => c.notNull().defaultTo('local')).execute();
  await db.schema.alterTable('users').addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('last_failed_sign_in_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('locked_until', 'text').execute();

  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_secrets').execute();
  await db.schema.alterTable('users').addColumn('region_scope', 'text').execute();
  for (const column of ['region_scopes', 'tag_scope_key', 'tag_scope_value', 'auth_source', 'failed_sign_ins', 'last_failed_sign_in_at', 'locked_until']) {
    await db.schema.alterTable('users').dropColumn(column).execute();
  }
}
