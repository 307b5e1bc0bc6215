import { sql, type Kysely } from 'kysely';

// Rollouts: one command run over many instances in batches, driven by a BFF runner. Everything the
// runner needs to carry on after a restart is here (what to run, the instances resolved at creation,
// each batch's state), as JSON the BFF owns. With several replicas on one PostgreSQL database, the
// lease (runner_id, lease_until) lets only one of them drive a rollout at a time, and `version` makes
// every write conditional on the state it was computed from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rollouts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_token', 'text', (c) => c.notNull())
    // No foreign key to users, like the audit trail: a rollout names its creator as they were.
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('command_name', 'text', (c) => c.notNull())
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('instances', 'text', (c) => c.notNull())
    .addColumn('max_concurrency', 'integer', (c) => c.notNull())
    .addColumn('max_failures', 'integer', (c) => c.notNull())
    // 0 or 1: SQLite has no boolean type and better-sqlite3 binds no JavaScript boolean.
    .addColumn('pause_after_first_batch', 'integer', (c) => c.notNull())
    .addColumn('batches', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stopped_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('runner_id', 'text')
    .addColumn('lease_until', 'text')
    .addCheckConstraint('rollouts_status_check', sql`status in ('running', 'paused', 'succeeded', 'halted', 'cancelled', 'error')`)
    // A retried create (same token from the same user) must find the first rollout, never make a second.
    .addUniqueConstraint('rollouts_created_by_client_token', ['created_by', 'client_token'])
    .execute();
  await db.schema.createIndex('rollouts_region_id_created_at').on('rollouts').columns(['region_id', 'created_at']).execute();
  // The runners look for open rollouts on every tick.
  await db.schema.createIndex('rollouts_closed_at').on('rollouts').columns(['closed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rollouts').execute();
}
