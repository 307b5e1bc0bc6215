import { sql, type Kysely } from 'kysely';

// Terminal session recordings (asciicast v2). The text is stored as it is written, in chunks of whole
// lines, so a recorder keeps only the last few seconds in memory however long the session runs, and
// a reader streams the file chunk by chunk. The recording keeps its target and user by id and name:
// it must outlive the instance, the container group and the user's account.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recordings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('terminal_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('target_name', 'text', (c) => c.notNull())
    .addColumn('container_name', 'text')
    // No foreign key to users, like the audit trail: a recording names its user as they were.
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    // 0 or 1: SQLite has no boolean type and better-sqlite3 binds no JavaScript boolean.
    .addColumn('input_recorded', 'integer', (c) => c.notNull())
    // Nor to the audit entry: the audit trail is append-only and must never block a recording.
    .addColumn('audit_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('duration_seconds', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('chunk_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('recordings_kind_check', sql`kind in ('instance', 'container')`)
    .execute();
  // "My recordings" reads one user's newest first; admins read everyone's.
  await db.schema.createIndex('recordings_user_id_started_at').on('recordings').columns(['user_id', 'started_at']).execute();
  await db.schema.createIndex('recordings_started_at').on('recordings').columns(['started_at']).execute();

  await db.schema
    .createTable('recording_chunks')
    .addColumn('recording_id', 'text', (c) => c.notNull().references('recordings.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    // The key is also the reading order: a cast is its chunks by seq.
    .addPrimaryKeyConstraint('recording_chunks_pkey', ['recording_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recording_chunks').execute();
  await db.schema.dropTable('recordings').execute();
}
