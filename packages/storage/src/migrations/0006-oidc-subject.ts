import type { Kysely } from 'kysely';

// Binds an OIDC account to the provider's issuer and subject, the identity OpenID Connect promises
// never to reassign; names (preferred_username) can pass to another person. Null for local accounts
// and for OIDC accounts made before this, which their owner binds on the next sign-in. Both
// dialects treat NULLs as distinct in a unique index, so any number of unbound accounts may exist.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('oidc_issuer', 'text').execute();
  await db.schema.alterTable('users').addColumn('oidc_subject', 'text').execute();
  await db.schema.createIndex('users_oidc_identity').on('users').columns(['oidc_issuer', 'oidc_subject']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // SQLite cannot drop a column an index still covers.
  await db.schema.dropIndex('users_oidc_identity').execute();
  await db.schema.alterTable('users').dropColumn('oidc_subject').execute();
  await db.schema.alterTable('users').dropColumn('oidc_issuer').execute();
}
