// The audit trail. An action is written as `pending` BEFORE the cloud call and completed after it,
// so a crash in between still leaves a trace of what was attempted, by whom and from where.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEvent, AuditOutcome, Database } from './schema.ts';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor.ts';

export type AuditStart = Pick<AuditEvent, 'userId' | 'userName' | 'sourceAddress' | 'action' | 'regionId' | 'instanceId' | 'target' | 'detail'>;

export interface AuditCompletion {
  outcome: Exclude<AuditOutcome, 'pending'>;
  errorCode?: string | null;
  cloudRequestId?: string | null;
}

export interface AuditFilter {
  userId?: string;
  action?: string;
  instanceId?: string;
  outcome?: AuditOutcome;
  /** Inclusive lower bound on the start time. */
  from?: Date;
  /** Exclusive upper bound on the start time. */
  to?: Date;
}

export interface AuditPage {
  /** Newest first. */
  events: AuditEvent[];
  /** Pass back as `cursor` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

export interface AuditRepository {
  /** Records an attempt as pending and returns the new entry. */
  begin(start: AuditStart, now?: Date): Promise<AuditEvent>;
  /** Settles a pending entry and returns it; undefined when there is no pending entry with this id (a completed one stays as it was). */
  complete(id: string, completion: AuditCompletion, now?: Date): Promise<AuditEvent | undefined>;
  /** Records something that happened at once (no cloud call to wait for), already settled. */
  record(start: AuditStart, completion: AuditCompletion, now?: Date): Promise<AuditEvent>;
  query(filter: AuditFilter, page: { limit: number; cursor?: string }): Promise<AuditPage>;
  /** Every matching event, newest first, one JSON object per line ending in "\n". */
  exportJsonLines(filter: AuditFilter): AsyncGenerator<string>;
}

const EXPORT_BATCH = 500;

export function auditRepository(db: Kysely<Database>): AuditRepository {
  async function query(filter: AuditFilter, page: { limit: number; cursor?: string }): Promise<AuditPage> {
    const after = page.cursor === undefined ? undefined : decodeAuditCursor(page.cursor);
    let q = db.selectFrom('auditEvents').selectAll();
    if (filter.userId !== undefined) q = q.where('userId', '=', filter.userId);
    if (filter.action !== undefined) q = q.where('action', '=', filter.action);
    if (filter.instanceId !== undefined) q = q.where('instanceId', '=', filter.instanceId);
    if (filter.outcome !== undefined) q = q.where('outcome', '=', filter.outcome);
    if (filter.from !== undefined) q = q.where('startedAt', '>=', filter.from.toISOString());
    if (filter.to !== undefined) q = q.where('startedAt', '<', filter.to.toISOString());
    // Keyset paging: stable while new events arrive, and as cheap on page 1000 as on page 1.
    if (after) {
      q = q.where((eb) =>
        eb.or([eb('startedAt', '<', after.startedAt), eb.and([eb('startedAt', '=', after.startedAt), eb('id', '<', after.id)])]),
      );
    }
    // One extra row tells whether another page exists without a count query.
    const rows = await q.orderBy('startedAt', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
    const events = rows.slice(0, page.limit);
    const last = events.at(-1);
    return rows.length > page.limit && last ? { events, nextCursor: encodeAuditCursor(last) } : { events };
  }

  async function insert(event: AuditEvent): Promise<AuditEvent> {
    await db.insertInto('auditEvents').values(event).execute();
    return event;
  }

  const settled = (completion: AuditCompletion, now: Date) => ({
    outcome: completion.outcome,
    errorCode: completion.errorCode ?? null,
    cloudRequestId: completion.cloudRequestId ?? null,
    completedAt: now.toISOString(),
  });

  return {
    begin: (start, now = new Date()) =>
      insert({ ...start, id: randomUUID(), startedAt: now.toISOString(), completedAt: null, outcome: 'pending', errorCode: null, cloudRequestId: null }),
    // RETURNING (both dialects) hands the settled entry back in the same statement.
    complete: (id, completion, now = new Date()) =>
      db.updateTable('auditEvents').set(settled(completion, now)).where('id', '=', id).where('outcome', '=', 'pending').returningAll().executeTakeFirst(),
    record: (start, completion, now = new Date()) => insert({ ...start, id: randomUUID(), startedAt: now.toISOString(), ...settled(completion, now) }),
    query,
    async *exportJsonLines(filter) {
      let cursor: string | undefined;
      do {
        const page = await query(filter, cursor === undefined ? { limit: EXPORT_BATCH } : { limit: EXPORT_BATCH, cursor });
        for (const event of page.events) yield `${JSON.stringify(event)}\n`;
        cursor = page.nextCursor;
      } while (cursor !== undefined);
    },
  };
}
