import { sql, type Kysely } from 'kysely';

// Snapshots of console output shared by link. The link's token is only ever stored as a hash, and
// the instance is kept by id and name: the snapshot must outlive the instance and the sharer's account.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // No foreign key to users, like the audit trail: a share names its sharer as they were.
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('instance_name', 'text')
    .addColumn('instance_tags', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('last_update_time', 'text', (c) => c.notNull())
    .addColumn('last_update_time_utc', 'text')
    .addColumn('range_from', 'integer')
    .addColumn('range_to', 'integer')
    .addColumn('note', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('redactions', 'integer', (c) => c.notNull())
    .addCheckConstraint('shares_visibility_check', sql`visibility in ('signed-in', 'public')`)
    .execute();
  // "My shares" reads one user's shares newest first; admins read everyone's.
  await db.schema.createIndex('shares_user_id_created_at').on('shares').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('shares_created_at').on('shares').columns(['created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shares').execute();
}
