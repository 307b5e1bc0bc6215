import { randomUUID } from 'node:crypto';
import type { TerminalKind } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { castEventLine, castHeaderLine, type CastEventCode } from './asciicast.ts';
import { chunkWriter, type ChunkLimits } from './chunk-writer.ts';

/** What a recording is of; the relay knows it when the terminal opens. */
export interface RecordingMeta {
  readonly terminalId: string;
  readonly kind: TerminalKind;
  readonly regionId: string;
  /** Instance id, or container group id. */
  readonly targetId: string;
  readonly targetName: string;
  readonly containerName: string | null;
  readonly userId: string;
  readonly userName: string;
  /** The terminal's size at the start. */
  readonly cols: number;
  readonly rows: number;
  /** The session's 'terminal.session' or 'container.exec' audit entry. */
  readonly auditId: string | null;
  /** For the header's env, when known (e.g. the container shell picked). */
  readonly shell?: string;
}

/**
 * Records one terminal session as asciicast v2. The calls never throw and never wait: a recording must
 * not slow or break the shell. After close() every call is ignored.
 */
export interface Recorder {
  /** The recording's id (the contract's recordingId), known at once; its row is written in the background. */
  readonly id: string;
  /** Bytes the shell wrote; decoded as UTF-8 across chunk boundaries. */
  output(bytes: Uint8Array): void;
  resize(cols: number, rows: number): void;
  /** Keystrokes: kept only when input recording is on (off by default: they can hold passwords). */
  input(bytes: Uint8Array): void;
  /** Stores what is left and marks the recording ended. Resolves (never rejects) once stored; idempotent. */
  close(reason: string): Promise<void>;
}

export interface RecorderOptions {
  /** Default: the app's setting (PORTHOLE_RECORD_INPUT). */
  readonly recordInput?: boolean;
  /** Milliseconds from a monotonic source, for event times; default performance.now. */
  readonly clock?: () => number;
  readonly limits?: Partial<ChunkLimits>;
}

export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { flushIntervalMs: 5_000, flushChars: 64 * 1024, maxPendingChars: 2 * 1024 * 1024 };

// What xterm.js emulates, and so what programs in the session were told.
const TERM = 'xterm-256color';
// An end reason is a status message or the relay's words: bounded, since it comes from the cloud.
const MAX_REASON_CHARS = 500;

const titleOf = (meta: RecordingMeta) => (meta.containerName === null ? meta.targetName : `${meta.targetName} / ${meta.containerName}`);

export function createRecorder(app: FastifyInstance, meta: RecordingMeta, options: RecorderOptions = {}): Recorder {
  const { repository, open } = app.recordings;
  const recordInput = options.recordInput ?? app.recordings.recordInput;
  const clock = options.clock ?? (() => performance.now());
  const id = randomUUID();
  const log = app.log.child({ recordingId: id, terminalId: meta.terminalId });
  const startedAt = app.auth.now();
  const startClock = clock();
  const elapsed = () => (clock() - startClock) / 1000;

  const header = castHeaderLine({
    width: meta.cols,
    height: meta.rows,
    timestamp: Math.floor(startedAt.getTime() / 1000),
    title: titleOf(meta),
    env: { TERM, ...(meta.shell === undefined ? {} : { SHELL: meta.shell }) },
  });
  const { terminalId, kind, regionId, targetId, targetName, containerName, userId, userName, auditId } = meta;
  const created = repository
    .create({ id, terminalId, kind, regionId, targetId, targetName, containerName, userId, userName, auditId, width: meta.cols, height: meta.rows, inputRecorded: recordInput, startedAt: startedAt.toISOString() }, header)
    .then(
      () => true,
      (error: unknown) => {
        log.error({ err: error }, 'could not start a recording; the session goes on unrecorded');
        return false;
      },
    );
  const writer = chunkWriter({ repository, recordingId: id, created, limits: { ...DEFAULT_CHUNK_LIMITS, ...options.limits }, log });

  // One decoder per direction, in streaming mode: a character split across two chunks comes out whole.
  // ignoreBOM keeps the bytes as the shell sent them.
  const outputText = new TextDecoder('utf-8', { ignoreBOM: true });
  const inputText = new TextDecoder('utf-8', { ignoreBOM: true });
  let closing: Promise<void> | undefined;
  // Events refused while the database fell behind, said in one marker where the recording resumes.
  let droppedEvents = 0;
  let droppedBytes = 0;

  function takeDroppedMarker(seconds: number): string {
    if (droppedEvents === 0) return '';
    const label = `porthole: ${droppedEvents} events (${droppedBytes} bytes) not recorded: storage fell behind`;
    droppedEvents = 0;
    droppedBytes = 0;
    return castEventLine(seconds, 'm', label);
  }

  /** `size`: the bytes the event came from, for the marker when it must be dropped. */
  function record(code: CastEventCode, data: string, size: number): void {
    if (data === '') return;
    if (!writer.hasRoom()) {
      droppedEvents += 1;
      droppedBytes += size;
      return;
    }
    const seconds = elapsed();
    writer.add(takeDroppedMarker(seconds) + castEventLine(seconds, code, data), seconds);
  }

  async function finish(reason: string): Promise<void> {
    // The tail of a character cut off by the end comes out as U+FFFD rather than being lost.
    record('o', outputText.decode(), 0);
    if (recordInput) record('i', inputText.decode(), 0);
    const durationSeconds = elapsed();
    const marker = takeDroppedMarker(durationSeconds);
    if (marker !== '') writer.add(marker, durationSeconds);
    await writer.drain();
    try {
      if (await created) await repository.finish(id, { endedAt: app.auth.now().toISOString(), endReason: reason.slice(0, MAX_REASON_CHARS), durationSeconds });
    } catch (error) {
      log.error({ err: error }, 'could not mark a recording ended');
    } finally {
      open.delete(recorder);
    }
  }

  const recorder: Recorder = {
    id,
    output(bytes) {
      if (closing === undefined) record('o', outputText.decode(bytes, { stream: true }), bytes.byteLength);
    },
    resize(cols, rows) {
      if (closing === undefined) record('r', `${cols}x${rows}`, 0);
    },
    input(bytes) {
      if (closing === undefined && recordInput) record('i', inputText.decode(bytes, { stream: true }), bytes.byteLength);
    },
    close(reason) {
      closing ??= finish(reason);
      return closing;
    },
  };
  open.add(recorder);
  return recorder;
}
