import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { recordingRepository, type NewRecording } from './recording-repository.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes)).toISOString();

let created = 0;
function newRecording(overrides: Partial<NewRecording> = {}): NewRecording {
  created += 1;
  return {
    id: `recording-${created}`,
    terminalId: `terminal-${created}`,
    kind: 'instance',
    regionId: 'cn-hangzhou',
    targetId: 'i-bp1example',
    targetName: 'web-1',
    containerName: null,
    userId: 'user-ada',
    userName: 'ada',
    width: 80,
    height: 24,
    inputRecorded: false,
    auditId: 'audit-1',
    startedAt: at(created),
    ...overrides,
  };
}

const HEADER = '{"version":2,"width":80,"height":24}\n';

describeEachBackend('recordingRepository', (backend) => {
  it('stores a recording with its header, then its chunks in order with running totals', async () => {
    const recordings = recordingRepository(await backend.open());
    const recording = newRecording({ kind: 'container', targetId: 'eci-bp1example', containerName: 'nginx', inputRecorded: true });
    const stored = await recordings.create(recording, HEADER);
    expect(stored).toEqual({ ...recording, endedAt: null, endReason: null, durationSeconds: 0, bytes: HEADER.length });

    // Multi-byte text: the size is counted in UTF-8 bytes, as the .cast file's length.
    const first = '[0.5,"o","héllo"]\n';
    const second = '[1.25,"r","100x30"]\n';
    await recordings.appendChunk(recording.id, 1, first, 0.5);
    await recordings.appendChunk(recording.id, 2, second, 1.25);
    const found = await recordings.findById(recording.id);
    expect(found).toMatchObject({ bytes: HEADER.length + first.length + 1 + second.length, durationSeconds: 1.25 });
    expect(typeof found?.bytes).toBe('number');

    const text: string[] = [];
    for await (const chunk of recordings.chunks(recording.id)) text.push(chunk);
    expect(text).toEqual([HEADER, first, second]);
  });

  it('streams a recording of many chunks page by page, in order', async () => {
    const recordings = recordingRepository(await backend.open());
    const recording = newRecording();
    await recordings.create(recording, HEADER);
    const lines = Array.from({ length: 11 }, (_, i) => `[${i},"o","${i}"]\n`);
    for (const [i, line] of lines.entries()) await recordings.appendChunk(recording.id, i + 1, line, i);
    const read: string[] = [];
    for await (const chunk of recordings.chunks(recording.id, 4)) read.push(chunk);
    expect(read).toEqual([HEADER, ...lines]);
    // Another recording's chunks never mix in, and an unknown one reads as empty.
    const empty: string[] = [];
    for await (const chunk of recordings.chunks('no-such-recording', 4)) empty.push(chunk);
    expect(empty).toEqual([]);
  });

  it('refuses a chunk number used twice, leaving the stored chunk and totals alone', async () => {
    const recordings = recordingRepository(await backend.open());
    const recording = newRecording();
    await recordings.create(recording, HEADER);
    await recordings.appendChunk(recording.id, 1, 'kept\n', 1);
    await expect(recordings.appendChunk(recording.id, 1, 'overwrite\n', 2)).rejects.toThrow();
    await expect(recordings.appendChunk(recording.id, 0, 'header again\n', 2)).rejects.toThrow();
    expect(await recordings.findById(recording.id)).toMatchObject({ bytes: HEADER.length + 5, durationSeconds: 1 });
    const read: string[] = [];
    for await (const chunk of recordings.chunks(recording.id)) read.push(chunk);
    expect(read).toEqual([HEADER, 'kept\n']);
  });

  it('finishes a recording once', async () => {
    const recordings = recordingRepository(await backend.open());
    const recording = newRecording();
    await recordings.create(recording, HEADER);
    expect(await recordings.finish(recording.id, { endedAt: at(50), endReason: 'exited', durationSeconds: 61.5 })).toBe(true);
    expect(await recordings.finish(recording.id, { endedAt: at(51), endReason: 'again', durationSeconds: 99 })).toBe(false);
    expect(await recordings.finish('no-such-recording', { endedAt: at(51), endReason: 'x', durationSeconds: 1 })).toBe(false);
    expect(await recordings.findById(recording.id)).toMatchObject({ endedAt: at(50), endReason: 'exited', durationSeconds: 61.5 });
    expect(await recordings.findById('no-such-recording')).toBeUndefined();
  });

  it('lists one user\'s recordings or everyone\'s, newest first, up to a limit', async () => {
    const recordings = recordingRepository(await backend.open());
    const older = await recordings.create(newRecording(), HEADER);
    const other = await recordings.create(newRecording({ userId: 'user-bob', userName: 'bob' }), HEADER);
    const newer = await recordings.create(newRecording(), HEADER);
    expect((await recordings.listByUser('user-ada', 10)).map((r) => r.id)).toEqual([newer.id, older.id]);
    expect((await recordings.listAll(10)).map((r) => r.id)).toEqual([newer.id, other.id, older.id]);
    expect((await recordings.listAll(2)).map((r) => r.id)).toEqual([newer.id, other.id]);
    expect(await recordings.listByUser('user-nobody', 10)).toEqual([]);
  });

  it('refuses a chunk of a recording that does not exist', async () => {
    const db = await backend.open();
    const recordings = recordingRepository(db);
    await expect(recordings.appendChunk('no-such-recording', 1, 'x\n', 1)).rejects.toThrow();
    const count = await sql<{ n: number }>`select count(*) as n from recording_chunks`.execute(db);
    expect(Number(count.rows[0]?.n)).toBe(0);
  });
});
