import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // No foreign key to users: the audit trail must outlive the accounts it mentions.
    .addColumn('user_id', 'text')
    .addColumn('user_name', 'text')
    .addColumn('source_address', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text')
    .addColumn('instance_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('cloud_request_id', 'text')
    .addCheckConstraint('audit_events_outcome_check', sql`outcome in ('pending', 'succeeded', 'failed')`)
    .execute();
  // Pages are read newest first in (started_at, id) order, optionally narrowed by these columns.
  await db.schema.createIndex('audit_events_started_at_id').on('audit_events').columns(['started_at', 'id']).execute();
  await db.schema.createIndex('audit_events_user_id').on('audit_events').columns(['user_id', 'started_at']).execute();
  await db.schema.createIndex('audit_events_instance_id').on('audit_events').columns(['instance_id', 'started_at']).execute();
  await db.schema.createIndex('audit_events_action').on('audit_events').columns(['action', 'started_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
}
