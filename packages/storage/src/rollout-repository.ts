// Rollouts and their runner leases. The state is written by whoever computed a change from it (the
// runner, or a user continuing or cancelling), so every update names the version it started from
// and loses, rather than overwrites, when someone else wrote first.
import type { Kysely, Selectable } from 'kysely';
import type { Database, RolloutBatchState, RolloutInstance, RolloutsTable, RolloutStatus } from './schema.ts';
import { isUniqueViolation } from './storage-error.ts';

type JsonColumns = 'command' | 'instances' | 'batches' | 'pauseAfterFirstBatch';

/** A rollout as the code sees it; the lease stays inside the repository. */
export interface Rollout extends Omit<Selectable<RolloutsTable>, JsonColumns | 'runnerId' | 'leaseUntil'> {
  /** What to run, as the BFF stored it. */
  command: unknown;
  instances: RolloutInstance[];
  batches: RolloutBatchState[];
  pauseAfterFirstBatch: boolean;
}

export type NewRollout = Omit<Rollout, 'stoppedReason' | 'updatedAt' | 'closedAt' | 'version'>;

export interface RolloutChanges {
  status?: RolloutStatus;
  stoppedReason?: string | null;
  batches?: RolloutBatchState[];
  closedAt?: string | null;
  updatedAt: string;
}

export interface RolloutRepository {
  /** Inserts a rollout; when its creator already has one with this client token, that one is returned instead. */
  create(rollout: NewRollout): Promise<{ rollout: Rollout; created: boolean }>;
  findById(id: string): Promise<Rollout | undefined>;
  findByClientToken(createdBy: string, clientToken: string): Promise<Rollout | undefined>;
  /** Newest first; only one creator's when `createdBy` is given. */
  listByRegion(regionId: string, options: { createdBy?: string; limit: number }): Promise<Rollout[]>;
  /** Applies the changes if the rollout is still at `version`; undefined when it is not (or does not exist). */
  update(id: string, version: number, changes: RolloutChanges): Promise<Rollout | undefined>;
  /**
   * Leases to this runner, until `leaseUntil`, every rollout that needs driving (not closed, not paused)
   * and is not leased by another runner at `now`; returns them, oldest first. Also renews its own leases.
   */
  claim(runnerId: string, now: Date, leaseUntil: Date): Promise<Rollout[]>;
  /** Gives up this runner's leases, so another runner may take over at once. */
  release(runnerId: string): Promise<void>;
}

type Row = Selectable<RolloutsTable>;

function toRollout(row: Row): Rollout {
  const { runnerId: _runnerId, leaseUntil: _leaseUntil, command, instances, batches, pauseAfterFirstBatch, ...rest } = row;
  return {
    ...rest,
    command: JSON.parse(command) as unknown,
    instances: JSON.parse(instances) as RolloutInstance[],
    batches: JSON.parse(batches) as RolloutBatchState[],
    pauseAfterFirstBatch: pauseAfterFirstBatch === 1,
  };
}

export function rolloutRepository(db: Kysely<Database>): RolloutRepository {
  const findByClientToken = async (createdBy: string, clientToken: string) => {
    const row = await db.selectFrom('rollouts').selectAll().where('createdBy', '=', createdBy).where('clientToken', '=', clientToken).executeTakeFirst();
    return row && toRollout(row);
  };

  return {
    async create(rollout) {
      const row: Row = {
        ...rollout,
        command: JSON.stringify(rollout.command),
        instances: JSON.stringify(rollout.instances),
        batches: JSON.stringify(rollout.batches),
        pauseAfterFirstBatch: rollout.pauseAfterFirstBatch ? 1 : 0,
        stoppedReason: null,
        updatedAt: rollout.createdAt,
        closedAt: null,
        version: 1,
        runnerId: null,
        leaseUntil: null,
      };
      try {
        await db.insertInto('rollouts').values(row).execute();
        return { rollout: toRollout(row), created: true };
      } catch (error) {
        // Two copies of one request raced: the loser answers with the winner's rollout.
        const existing = isUniqueViolation(error) ? await findByClientToken(rollout.createdBy, rollout.clientToken) : undefined;
        if (!existing) throw error;
        return { rollout: existing, created: false };
      }
    },
    async findById(id) {
      const row = await db.selectFrom('rollouts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRollout(row);
    },
    findByClientToken,
    async listByRegion(regionId, { createdBy, limit }) {
      let query = db.selectFrom('rollouts').selectAll().where('regionId', '=', regionId);
      if (createdBy !== undefined) query = query.where('createdBy', '=', createdBy);
      const rows = await query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toRollout);
    },
    async update(id, version, changes) {
      const { batches, ...plain } = changes;
      const row = await db
        .updateTable('rollouts')
        .set({ ...plain, ...(batches === undefined ? {} : { batches: JSON.stringify(batches) }), version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
      return row && toRollout(row);
    },
    async claim(runnerId, now, leaseUntil) {
      // One statement: with several replicas, each open rollout goes to exactly one of them.
      const rows = await db
        .updateTable('rollouts')
        .set({ runnerId, leaseUntil: leaseUntil.toISOString() })
        .where('closedAt', 'is', null)
        .where('status', '<>', 'paused')
        .where((eb) => eb.or([eb('runnerId', 'is', null), eb('runnerId', '=', runnerId), eb('leaseUntil', '<', now.toISOString())]))
        .returningAll()
        .execute();
      return rows.map(toRollout).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
    async release(runnerId) {
      await db.updateTable('rollouts').set({ runnerId: null, leaseUntil: null }).where('runnerId', '=', runnerId).execute();
    },
  };
}
