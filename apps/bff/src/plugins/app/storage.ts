import {
  auditRepository,
  openDatabase,
  serverSecretRepository,
  sessionRepository,
  userRepository,
  type AuditRepository,
  type Database,
  type ServerSecretRepository,
  type SessionRepository,
  type UserRepository,
} from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config.ts';

export interface AppStorage {
  readonly db: Kysely<Database>;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly audit: AuditRepository;
  readonly secrets: ServerSecretRepository;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: AppStorage;
  }
}

/** The database (PostgreSQL when DATABASE_URL is set, else SQLite under PORTHOLE_DATA_DIR), migrated before any route runs. */
async function storagePlugin(app: FastifyInstance, options: { storage: AppConfig['storage'] }): Promise<void> {
  const { databaseUrl, dataDir } = options.storage;
  const db = await openDatabase({ url: databaseUrl, dataDir });
  app.addHook('onClose', () => db.destroy());
  app.decorate('storage', {
    db,
    users: userRepository(db),
    sessions: sessionRepository(db),
    audit: auditRepository(db),
    secrets: serverSecretRepository(db),
  });
  // The URL may hold a password: only the kind of database is logged.
  app.log.info({ database: databaseUrl === undefined ? `sqlite in ${dataDir}` : 'postgresql' }, 'storage ready');
}

export default fp(storagePlugin, { name: 'storage' });
