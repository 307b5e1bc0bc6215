import type { RecordingRepository } from '@porthole/storage';
import type { FastifyBaseLogger } from 'fastify';

export interface ChunkLimits {
  /** Write what is pending at least this often (ms). */
  readonly flushIntervalMs: number;
  /** Write at once when this much (UTF-16 code units) is pending. */
  readonly flushChars: number;
  /** Never hold more than this: beyond it the recorder drops events (and says so in a marker). */
  readonly maxPendingChars: number;
}

/**
 * Persists a recording's event lines in chunks, one write at a time and in order, behind the write
 * that creates the recording. Memory is bounded: the chunk being written plus what waits for it, each
 * at most about `maxPendingChars` (callers check `hasRoom` first), whatever the session's output rate
 * and however slow the database is.
 */
export interface ChunkWriter {
  hasRoom(): boolean;
  /** Queues whole lines; `seconds` is the time of the last event in them. */
  add(lines: string, seconds: number): void;
  /** Writes everything pending, including what arrives meanwhile; stops the timer. */
  drain(): Promise<void>;
}

export function chunkWriter(options: {
  repository: RecordingRepository;
  recordingId: string;
  /** Resolves true once the recording exists (false: it could not be created, so nothing is kept). */
  created: Promise<boolean>;
  limits: ChunkLimits;
  log: FastifyBaseLogger;
}): ChunkWriter {
  const { repository, recordingId, created, limits, log } = options;
  let pending: string[] = [];
  let pendingChars = 0;
  let pendingSeconds = 0;
  let nextSeq = 1;
  let draining = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  function take(): { data: string; seconds: number } {
    const data = pending.join('');
    pending = [];
    pendingChars = 0;
    return { data, seconds: pendingSeconds };
  }

  async function writeChunk({ data, seconds }: { data: string; seconds: number }): Promise<void> {
    try {
      await repository.appendChunk(recordingId, nextSeq, data, seconds);
      nextSeq += 1;
    } catch (error) {
      // The session goes on without this piece: a recording must never break the shell it records.
      log.error({ err: error, recordingId, lostChars: data.length }, 'could not store part of a recording');
    }
  }

  async function writePending(): Promise<void> {
    if (!(await created)) {
      take();
      return;
    }
    // Back to back while a chunk's worth piled up during the last write (or while draining);
    // a smaller rest waits for the timer, so a quiet session is not written a line at a time.
    while (pending.length > 0) {
      await writeChunk(take());
      if (!draining && pendingChars < limits.flushChars) break;
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    inFlight ??= writePending().finally(() => {
      inFlight = undefined;
      if (pending.length > 0) schedule();
    });
    return inFlight;
  }

  function schedule(): void {
    if (timer !== undefined || inFlight !== undefined || draining) return;
    timer = setTimeout(() => void flush(), limits.flushIntervalMs);
    // A forgotten recorder must not keep the process alive; close() drains it anyway.
    timer.unref();
  }

  return {
    hasRoom: () => pendingChars < limits.maxPendingChars,
    add(lines, seconds) {
      pending.push(lines);
      pendingChars += lines.length;
      pendingSeconds = seconds;
      if (pendingChars >= limits.flushChars && !draining) void flush();
      else schedule();
    },
    async drain() {
      draining = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      while (pending.length > 0 || inFlight !== undefined) await flush();
    },
  };
}
