import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, recordingRepository } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.ts';
import { testClock } from '../testing/test-clock.ts';
import { manualClock, parseCast, recorderFor, storedChunks, utf8 } from './recording-fixtures.ts';

const appClock = testClock();
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ now: appClock.now });
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => app.close());

const castOf = async (id: string) => parseCast((await storedChunks(app, id)).join(''));
const outputOf = async (id: string) => (await castOf(id)).events.filter((e) => e.code === 'o').map((e) => e.data).join('');

describe('createRecorder', () => {
  it('records asciicast v2: the header, then output and resizes at their times, UTF-8 whole across chunks', async () => {
    const clock = manualClock();
    const recorder = recorderFor(app, { containerName: 'nginx', kind: 'container', targetName: 'eci-web', shell: '/bin/sh' }, { clock: clock.now });
    const bytes = utf8('héllo wörld\r\n');
    clock.advance(500);
    recorder.output(bytes.subarray(0, 2)); // "h" and the first byte of "é"
    clock.advance(250);
    recorder.output(bytes.subarray(2, 9)); // the rest of "é", "llo w" and the first byte of "ö"
    recorder.output(bytes.subarray(9));
    clock.advance(1000);
    recorder.resize(120, 40);
    clock.advance(2_000);
    await recorder.close('exited with status 0');

    const cast = await castOf(recorder.id);
    expect(cast.header).toEqual({
      version: 2,
      width: 80,
      height: 24,
      timestamp: Math.floor(appClock.now().getTime() / 1000),
      title: 'eci-web / nginx',
      env: { TERM: 'xterm-256color', SHELL: '/bin/sh' },
    });
    expect(cast.events).toEqual([
      { seconds: 0.5, code: 'o', data: 'h' },
      { seconds: 0.75, code: 'o', data: 'éllo w' },
      { seconds: 0.75, code: 'o', data: 'örld\r\n' },
      { seconds: 1.75, code: 'r', data: '120x40' },
    ]);
    const stored = await app.recordings.repository.findById(recorder.id);
    const castBytes = Buffer.byteLength((await storedChunks(app, recorder.id)).join(''));
    expect(stored).toMatchObject({ kind: 'container', containerName: 'nginx', endedAt: appClock.now().toISOString(), endReason: 'exited with status 0', durationSeconds: 3.75, bytes: castBytes, inputRecorded: false });
  });

  it('leaves keystrokes out unless input recording is on', async () => {
    const quiet = recorderFor(app);
    quiet.input(utf8('secret-password\r'));
    quiet.output(utf8('$ '));
    await quiet.close('exited');
    expect((await castOf(quiet.id)).events.map((e) => e.code)).toEqual(['o']);
    expect(JSON.stringify(await storedChunks(app, quiet.id))).not.toContain('secret-password');

    const keeping = recorderFor(app, {}, { recordInput: true });
    keeping.input(utf8('ls\r'));
    await keeping.close('exited');
    expect((await castOf(keeping.id)).events).toEqual([expect.objectContaining({ code: 'i', data: 'ls\r' })]);
    expect(await app.recordings.repository.findById(keeping.id)).toMatchObject({ inputRecorded: true });
  });

  it('stores the recording while the session goes on: a chunk when enough is pending, the rest after a while', async () => {
    const recorder = recorderFor(app, {}, { limits: { flushChars: 200, flushIntervalMs: 30 } });
    for (let i = 0; i < 10; i += 1) recorder.output(utf8(`line ${i} ${'x'.repeat(30)}\r\n`));
    await vi.waitFor(async () => expect(await outputOf(recorder.id)).toContain('line 9'));
    recorder.output(utf8('tail\r\n'));
    await vi.waitFor(async () => expect(await outputOf(recorder.id)).toContain('tail'));
    // The header, the lines, the tail: each its own chunk, all before the end.
    expect(await storedChunks(app, recorder.id)).toHaveLength(3);
    expect(await app.recordings.repository.findById(recorder.id)).toMatchObject({ endedAt: null });
    await recorder.close('exited');
  });

  it('holds a bounded amount for a slow database and says in a marker what it dropped', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { repository } = app.recordings;
    const append = repository.appendChunk.bind(repository);
    vi.spyOn(repository, 'appendChunk').mockImplementation(async (...args) => {
      await gate;
      return append(...args);
    });
    const recorder = recorderFor(app, {}, { limits: { flushChars: 100, maxPendingChars: 2_000 } });
    const line = `${'y'.repeat(48)}\r\n`;
    for (let i = 0; i < 200; i += 1) recorder.output(utf8(line));
    release();
    await vi.waitFor(async () => expect(await outputOf(recorder.id)).not.toBe(''));
    recorder.output(utf8('after\r\n'));
    await recorder.close('exited');

    const { events } = await castOf(recorder.id);
    const marker = events.find((e) => e.code === 'm');
    const kept = events.filter((e) => e.code === 'o').length - 1;
    expect(kept).toBeLessThan(200);
    expect(marker?.data).toBe(`porthole: ${200 - kept} events (${(200 - kept) * line.length} bytes) not recorded: storage fell behind`);
    expect(events.at(-1)).toMatchObject({ code: 'o', data: 'after\r\n' });
    expect(events.at(-2)).toBe(marker);
  });

  it('ignores calls after close, which it does once', async () => {
    const recorder = recorderFor(app);
    recorder.output(utf8('before'));
    const first = recorder.close('exited');
    expect(recorder.close('again')).toBe(first);
    recorder.output(utf8('after'));
    recorder.resize(100, 30);
    await first;
    expect(await outputOf(recorder.id)).toBe('before');
    expect((await castOf(recorder.id)).events).toHaveLength(1);
    expect(await app.recordings.repository.findById(recorder.id)).toMatchObject({ endReason: 'exited' });
    expect(app.recordings.open.has(recorder)).toBe(false);
  });

  it('ends a character cut off by the end of the session as U+FFFD', async () => {
    const recorder = recorderFor(app);
    recorder.output(utf8('ok é').subarray(0, 4));
    await recorder.close('dropped');
    expect(await outputOf(recorder.id)).toBe('ok \uFFFD');
  });

  it('goes on without harm when the database refuses the recording or a chunk', async () => {
    vi.spyOn(app.recordings.repository, 'create').mockRejectedValueOnce(new Error('disk full'));
    const unrecorded = recorderFor(app);
    unrecorded.output(utf8('lost'));
    await expect(unrecorded.close('exited')).resolves.toBeUndefined();
    expect(await app.recordings.repository.findById(unrecorded.id)).toBeUndefined();

    vi.spyOn(app.recordings.repository, 'appendChunk').mockRejectedValueOnce(new Error('disk full'));
    const gap = recorderFor(app, {}, { limits: { flushChars: 1 } });
    gap.output(utf8('first'));
    await vi.waitFor(() => expect(app.recordings.repository.appendChunk).toHaveBeenCalledTimes(1));
    gap.output(utf8('second'));
    await gap.close('exited');
    expect(await outputOf(gap.id)).toBe('second');
  });
});

describe('a recorder when the server stops', () => {
  it('is closed and stored before the database closes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'porthole-recordings-'));
    try {
      const stopping = await buildTestApp({ env: { PORTHOLE_DATA_DIR: dataDir } });
      const recorder = recorderFor(stopping);
      recorder.output(utf8('still running\r\n'));
      await stopping.close();

      const db = await openDatabase({ dataDir });
      try {
        const repository = recordingRepository(db);
        expect(await repository.findById(recorder.id)).toMatchObject({ endReason: 'the server stopped', endedAt: expect.any(String) });
        const chunks: string[] = [];
        for await (const chunk of repository.chunks(recorder.id)) chunks.push(chunk);
        expect(chunks.join('')).toContain('still running');
      } finally {
        await db.destroy();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
