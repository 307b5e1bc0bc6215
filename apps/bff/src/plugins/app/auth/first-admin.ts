import { randomBytes } from 'node:crypto';
import { StorageError } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from './passwords.ts';

export const FIRST_ADMIN_NAME = 'admin';

/**
 * On the first start (no users at all) creates `admin` with PORTHOLE_ADMIN_PASSWORD, or with a
 * generated password that is logged this once: it exists nowhere else, so losing it means
 * starting over with an empty database or setting the variable.
 */
export async function ensureFirstAdmin(app: FastifyInstance, configured: string | undefined): Promise<void> {
  if ((await app.storage.users.list()).length > 0) return;
  const password = configured ?? randomBytes(18).toString('base64url');
  try {
    await app.storage.users.create({ name: FIRST_ADMIN_NAME, passwordHash: await hashPassword(password), role: 'admin' });
  } catch (error) {
    // Another replica starting at the same moment created it first.
    if (error instanceof StorageError && error.code === 'DUPLICATE_USER_NAME') return;
    throw error;
  }
  if (configured !== undefined) {
    app.log.info({ user: FIRST_ADMIN_NAME }, 'created the first admin with PORTHOLE_ADMIN_PASSWORD');
  } else {
    app.log.warn(
      { user: FIRST_ADMIN_NAME },
      `created the first admin "${FIRST_ADMIN_NAME}" with the generated password ${password} — it will not be shown again: sign in and change it`,
    );
  }
}
