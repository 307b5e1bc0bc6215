// Secrets the server itself needs (e.g. the key CSRF tokens are derived with). They live in the
// database so every replica uses the same one and a restart does not invalidate open pages.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface ServerSecretRepository {
  /** The secret of this name; the first caller's `generate()` wins when several replicas race. */
  getOrCreate(name: string, generate: () => string, now?: Date): Promise<string>;
}

export function serverSecretRepository(db: Kysely<Database>): ServerSecretRepository {
  return {
    async getOrCreate(name, generate, now = new Date()) {
      await db
        .insertInto('serverSecrets')
        .values({ name, value: generate(), createdAt: now.toISOString() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db.selectFrom('serverSecrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
