// Shared console-output snapshots. A link is found by the hash of its token, and only while live:
// not revoked and not past its expiry at the caller's `now`, so both take effect at once.
import type { Kysely, Selectable } from 'kysely';
import type { Database, SharesTable } from './schema.ts';

export interface ShareTag {
  key: string;
  value: string;
}

/** A share as lists show it: neither its (large) text nor its token hash. */
export interface Share extends Omit<Selectable<SharesTable>, 'text' | 'tokenHash' | 'instanceTags'> {
  instanceTags: ShareTag[];
}
/** A share with the snapshot it shows. */
export interface SharedSnapshot extends Share {
  text: string;
}
export interface NewShare extends Omit<SharesTable, 'revokedAt' | 'viewCount' | 'instanceTags'> {
  instanceTags: ShareTag[];
}

export interface ShareRepository {
  create(share: NewShare): Promise<Share>;
  /** The share of this token hash when it is live at `now`. */
  findLiveByTokenHash(tokenHash: string, now: Date): Promise<SharedSnapshot | undefined>;
  /** Live or not: for revoking. */
  findById(id: string): Promise<Share | undefined>;
  incrementViews(id: string): Promise<void>;
  /** Newest first, revoked and expired ones included. */
  listByUser(userId: string): Promise<Share[]>;
  listAll(): Promise<Share[]>;
  /** Revokes a share not yet revoked; false when there was none. Who may do so is the caller's check. */
  revoke(id: string, now: Date): Promise<boolean>;
}

const LISTED = [
  'id',
  'userId',
  'userName',
  'regionId',
  'instanceId',
  'instanceName',
  'instanceTags',
  'lastUpdateTime',
  'lastUpdateTimeUtc',
  'rangeFrom',
  'rangeTo',
  'note',
  'visibility',
  'createdAt',
  'expiresAt',
  'revokedAt',
  'viewCount',
  'redactions',
] as const;

type ListedRow = Pick<Selectable<SharesTable>, (typeof LISTED)[number]>;

const toShare = <R extends ListedRow>(row: R): Omit<R, 'instanceTags'> & { instanceTags: ShareTag[] } => ({
  ...row,
  instanceTags: JSON.parse(row.instanceTags) as ShareTag[],
});

export function shareRepository(db: Kysely<Database>): ShareRepository {
  const listed = () => db.selectFrom('shares').select(LISTED).orderBy('createdAt', 'desc').orderBy('id', 'desc');
  return {
    async create(share) {
      const row: Selectable<SharesTable> = { ...share, instanceTags: JSON.stringify(share.instanceTags), revokedAt: null, viewCount: 0 };
      await db.insertInto('shares').values(row).execute();
      const { text: _text, tokenHash: _tokenHash, ...listedRow } = row;
      return toShare(listedRow);
    },
    async findLiveByTokenHash(tokenHash, now) {
      const row = await db
        .selectFrom('shares')
        .select([...LISTED, 'text'])
        .where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null)
        .where('expiresAt', '>', now.toISOString())
        .executeTakeFirst();
      return row && toShare(row);
    },
    async findById(id) {
      const row = await db.selectFrom('shares').select(LISTED).where('id', '=', id).executeTakeFirst();
      return row && toShare(row);
    },
    async incrementViews(id) {
      // One statement, so concurrent views are all counted.
      await db.updateTable('shares').set((eb) => ({ viewCount: eb('viewCount', '+', 1) })).where('id', '=', id).execute();
    },
    async listByUser(userId) {
      return (await listed().where('userId', '=', userId).execute()).map(toShare);
    },
    async listAll() {
      return (await listed().execute()).map(toShare);
    },
    async revoke(id, now) {
      const result = await db.updateTable('shares').set({ revokedAt: now.toISOString() }).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
