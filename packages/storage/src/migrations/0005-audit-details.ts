import type { Kysely } from 'kysely';

// What an action was on besides a region/instance (e.g. `user:alice`) and a short human-readable
// account of it (e.g. `role viewer → operator`). Nullable: older entries have neither.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('target', 'text').execute();
  await db.schema.alterTable('audit_events').addColumn('detail', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_events').dropColumn('detail').execute();
  await db.schema.alterTable('audit_events').dropColumn('target').execute();
}
