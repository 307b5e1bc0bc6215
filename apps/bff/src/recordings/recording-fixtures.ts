import type { FastifyInstance } from 'fastify';
import { parseCastEvent, type CastEvent } from './asciicast.ts';
import { createRecorder, type Recorder, type RecorderOptions, type RecordingMeta } from './recorder.ts';

/** A clock tests move by hand, in milliseconds, for event times. */
export function manualClock(start = 1_000) {
  let current = start;
  return {
    now: () => current,
    advance(ms: number): void {
      current += ms;
    },
  };
}

export const recordingMeta = (overrides: Partial<RecordingMeta> = {}): RecordingMeta => ({
  terminalId: 'terminal-1',
  kind: 'instance',
  regionId: 'cn-hangzhou',
  targetId: 'i-bp1example',
  targetName: 'web-1',
  containerName: null,
  userId: 'user-ada',
  userName: 'ada',
  cols: 80,
  rows: 24,
  auditId: null,
  ...overrides,
});

export const recorderFor = (app: FastifyInstance, meta: Partial<RecordingMeta> = {}, options: RecorderOptions = {}): Recorder =>
  createRecorder(app, recordingMeta(meta), options);

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** The stored chunks of a recording, as written. */
export async function storedChunks(app: FastifyInstance, id: string): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of app.recordings.repository.chunks(id)) chunks.push(chunk);
  return chunks;
}

/** A .cast text read back: its header and events. */
export function parseCast(text: string): { header: Record<string, unknown>; events: CastEvent[] } {
  const [first = '', ...rest] = text.split('\n');
  const events = rest.filter((line) => line !== '').map((line) => {
    const event = parseCastEvent(line);
    if (!event) throw new Error(`not an asciicast event line: ${line}`);
    return event;
  });
  return { header: JSON.parse(first) as Record<string, unknown>, events };
}
