// Terminal session recordings and their asciicast text. One recorder writes a recording, chunk after
// chunk in order; readers list recordings and stream a recording's chunks. Each append is one
// transaction with the recording's running totals, so a listing never shows bytes that are not stored.
import type { Kysely, Selectable } from 'kysely';
import type { Database, RecordingsTable } from './schema.ts';

/** A recording as the code sees it; how many chunks it has stays inside the repository. */
export interface Recording extends Omit<Selectable<RecordingsTable>, 'inputRecorded' | 'chunkCount'> {
  inputRecorded: boolean;
}

export type NewRecording = Omit<Recording, 'endedAt' | 'endReason' | 'durationSeconds' | 'bytes'>;

export interface RecordingEnd {
  endedAt: string;
  endReason: string;
  durationSeconds: number;
}

export interface RecordingRepository {
  /** Stores a new recording with its first chunk, the asciicast header line(s). */
  create(recording: NewRecording, header: string): Promise<Recording>;
  /**
   * Stores chunk `seq` (1, 2, … in order: the header is 0) and moves the recording's size and duration
   * on. A chunk number used twice is refused, so a confused writer cannot overwrite what was stored.
   */
  appendChunk(id: string, seq: number, data: string, durationSeconds: number): Promise<void>;
  /** Marks the recording ended; false when it was already (or does not exist). */
  finish(id: string, end: RecordingEnd): Promise<boolean>;
  findById(id: string): Promise<Recording | undefined>;
  /** Newest first, at most `limit`. */
  listByUser(userId: string, limit: number): Promise<Recording[]>;
  listAll(limit: number): Promise<Recording[]>;
  /** The recording's text chunk by chunk, in order, reading `pageSize` chunks at a time. */
  chunks(id: string, pageSize?: number): AsyncIterable<string>;
}

type Row = Selectable<RecordingsTable>;

function toRecording(row: Row): Recording {
  const { inputRecorded, chunkCount: _chunkCount, bytes, durationSeconds, ...rest } = row;
  // PostgreSQL's driver returns bigint as a string (it may pass 2^53); a recording's size never does.
  return { ...rest, inputRecorded: inputRecorded === 1, bytes: Number(bytes), durationSeconds: Number(durationSeconds) };
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const DEFAULT_PAGE_SIZE = 32;

export function recordingRepository(db: Kysely<Database>): RecordingRepository {
  const listed = (limit: number) => db.selectFrom('recordings').selectAll().orderBy('startedAt', 'desc').orderBy('id', 'desc').limit(limit);

  return {
    async create(recording, header) {
      const row: Row = {
        ...recording,
        inputRecorded: recording.inputRecorded ? 1 : 0,
        endedAt: null,
        endReason: null,
        durationSeconds: 0,
        bytes: utf8Bytes(header),
        chunkCount: 1,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('recordings').values(row).execute();
        await trx.insertInto('recordingChunks').values({ recordingId: recording.id, seq: 0, data: header }).execute();
      });
      return toRecording(row);
    },
    async appendChunk(id, seq, data, durationSeconds) {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('recordingChunks').values({ recordingId: id, seq, data }).execute();
        await trx
          .updateTable('recordings')
          .set((eb) => ({ bytes: eb('bytes', '+', utf8Bytes(data)), chunkCount: seq + 1, durationSeconds }))
          .where('id', '=', id)
          .execute();
      });
    },
    async finish(id, end) {
      const result = await db.updateTable('recordings').set(end).where('id', '=', id).where('endedAt', 'is', null).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async findById(id) {
      const row = await db.selectFrom('recordings').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecording(row);
    },
    async listByUser(userId, limit) {
      return (await listed(limit).where('userId', '=', userId).execute()).map(toRecording);
    },
    async listAll(limit) {
      return (await listed(limit).execute()).map(toRecording);
    },
    async *chunks(id, pageSize = DEFAULT_PAGE_SIZE) {
      // Paged by key, not held open: a long recording is never all in memory, and no reader keeps a
      // connection (SQLite has only one) for as long as a slow client takes to download.
      let after = -1;
      for (;;) {
        const page = await db
          .selectFrom('recordingChunks')
          .select(['seq', 'data'])
          .where('recordingId', '=', id)
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(pageSize)
          .execute();
        for (const chunk of page) yield chunk.data;
        const last = page.at(-1);
        if (last === undefined || page.length < pageSize) return;
        after = last.seq;
      }
    },
  };
}
