import { shareRepository } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import createShare from './create-share.ts';
import listShares from './list-shares.ts';
import revokeShare from './revoke-share.ts';
import sharedView from './shared-view.ts';

/** Shared console-output snapshots: creating, listing and revoking links, and opening one. */
export default async function sharesRoutes(app: FastifyInstance): Promise<void> {
  const shares = shareRepository(app.storage.db);
  await app.register(createShare, { shares });
  await app.register(listShares, { shares });
  await app.register(revokeShare, { shares });
  await app.register(sharedView, { shares });
}
