import type { CreatedShare, ErrorEnvelope, RecordingList, RecordingSummary, SharedLogView, ShareList } from '@porthole/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCast, recorderFor, storedChunks, utf8 } from '../../../recordings/recording-fixtures.ts';
import type { Recorder } from '../../../recordings/recorder.ts';
import { buildTestApp, TEST_ADMIN_PASSWORD } from '../../../testing/build-test-app.ts';
import { signedIn, signInAs, type SignedInAgent } from '../../../testing/signed-in.ts';
import { testClock } from '../../../testing/test-clock.ts';

const clock = testClock();
let app: FastifyInstance;
let owner: SignedInAgent;
let other: SignedInAgent;
let admin: SignedInAgent;
let shell: Recorder;
let container: Recorder;

// A session as the relay would feed it: a prompt, a command that prints a secret, a resize.
async function recordSession(agent: SignedInAgent, meta: Parameters<typeof recorderFor>[1] = {}): Promise<Recorder> {
  const recorder = recorderFor(app, { userId: agent.user.id, userName: agent.user.name, ...meta });
  recorder.output(utf8('$ cat .env\r\n'));
  recorder.output(utf8('DB_PASSWORD=fake-pass-123\r\nAPP=\x1b[32mok\x1b[0m\r\n'));
  recorder.resize(120, 40);
  recorder.output(utf8('$ '));
  await recorder.close('exited');
  return recorder;
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now });
  owner = await signedIn(app, 'operator');
  other = await signedIn(app, 'operator');
  admin = await signInAs(app, 'admin', TEST_ADMIN_PASSWORD);
  shell = await recordSession(owner);
  clock.advance(60_000);
  container = await recordSession(owner, { kind: 'container', targetId: 'eci-bp1example', targetName: 'jobs', containerName: 'worker' });
});
afterAll(() => app.close());

const get = (agent: SignedInAgent, url: string) => app.inject({ method: 'GET', url, headers: agent.headers });
const share = (agent: SignedInAgent, id: string, payload: object = {}) => app.inject({ method: 'POST', url: `/api/recordings/${id}/share`, headers: agent.headers, payload });
const errorOf = (response: LightMyRequestResponse) => response.json<ErrorEnvelope>().error;

describe('GET /api/recordings', () => {
  it('lists the caller\'s recordings, newest first; admins may ask for everyone\'s', async () => {
    const mine = (await get(owner, '/api/recordings')).json<RecordingList>();
    expect(mine.items.map((r) => r.id)).toEqual([container.id, shell.id]);
    expect(mine.items[0]).toEqual({
      id: container.id,
      terminalId: 'terminal-1',
      kind: 'container',
      regionId: 'cn-hangzhou',
      targetId: 'eci-bp1example',
      targetName: 'jobs',
      containerName: 'worker',
      userName: owner.user.name,
      startedAt: clock.now().toISOString(),
      endedAt: clock.now().toISOString(),
      durationSeconds: expect.any(Number),
      bytes: Buffer.byteLength((await storedChunks(app, container.id)).join('')),
      inputRecorded: false,
      auditId: null,
    } satisfies RecordingSummary);

    expect((await get(other, '/api/recordings')).json<RecordingList>().items).toEqual([]);
    expect(errorOf(await get(other, '/api/recordings?all=true'))).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
    const all = (await get(admin, '/api/recordings?all=true')).json<RecordingList>();
    expect(all.items.map((r) => r.id)).toEqual(expect.arrayContaining([shell.id, container.id]));
  });
});

describe('GET /api/recordings/:recordingId and its cast', () => {
  it('shows a recording to its owner and to admins, and to nobody else', async () => {
    expect((await get(owner, `/api/recordings/${shell.id}`)).json<RecordingSummary>()).toMatchObject({ id: shell.id, kind: 'instance', targetId: 'i-bp1example' });
    expect((await get(admin, `/api/recordings/${shell.id}`)).statusCode).toBe(200);
    // The answer an unknown id gets: nothing tells another user the recording exists.
    expect(errorOf(await get(other, `/api/recordings/${shell.id}`))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    expect(errorOf(await get(owner, '/api/recordings/no-such-recording'))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
  });

  it('serves the .cast file as asciicast v2, to the owner and admins only', async () => {
    const response = await get(owner, `/api/recordings/${shell.id}/cast`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-asciicast\b/);
    expect(response.body).toBe((await storedChunks(app, shell.id)).join(''));
    const cast = parseCast(response.body);
    expect(cast.header).toMatchObject({ version: 2, width: 80, height: 24 });
    expect(cast.events.map((e) => e.code)).toEqual(['o', 'o', 'r', 'o']);

    expect((await get(admin, `/api/recordings/${shell.id}/cast`)).body).toBe(response.body);
    expect(errorOf(await get(other, `/api/recordings/${shell.id}/cast`))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('POST /api/recordings/:recordingId/share', () => {
  it('shares the output as a redacted log view through the shares, and audits it by share id', async () => {
    const response = await share(owner, shell.id, { note: ' deploy check ', visibility: 'signed-in', expiresIn: '7d' });
    expect(response.statusCode).toBe(201);
    const created = response.json<CreatedShare>();
    expect(created.url).toMatch(/^\/shared\/[A-Za-z0-9_-]{43}$/);
    expect(created.share).toMatchObject({ instanceId: 'i-bp1example', instanceName: 'web-1', note: 'deploy check', createdBy: owner.user.name, redactions: 1, range: null });
    expect(Date.parse(created.share.expiresAt) - Date.parse(created.share.createdAt)).toBe(7 * 24 * 3_600_000);

    const token = created.url.slice('/shared/'.length);
    const view = (await get(other, `/api/shared/${token}`)).json<SharedLogView>();
    // Output only (no resize), escape sequences kept, line ends as a log has them.
    expect(view.text).toBe('$ cat .env\nDB_PASSWORD=[REDACTED:password]\nAPP=\x1b[32mok\x1b[0m\n$ ');
    expect(view.lastUpdateTimeUtc).toBe((await app.recordings.repository.findById(shell.id))?.endedAt);
    // Listed and revocable with the sharer's other shares.
    expect((await get(owner, '/api/shares')).json<ShareList>().items.map((s) => s.id)).toContain(created.share.id);

    const audit = await app.storage.db.selectFrom('auditEvents').selectAll().where('action', '=', 'recording.share').execute();
    expect(audit).toEqual([expect.objectContaining({ userName: owner.user.name, target: `share:${created.share.id}`, detail: `recording ${shell.id}`, instanceId: 'i-bp1example', outcome: 'succeeded' })]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('names a container recording by its group and container, and lets admins share anyone\'s', async () => {
    const created = (await share(admin, container.id)).json<CreatedShare>();
    expect(created.share).toMatchObject({ instanceId: 'eci-bp1example', instanceName: 'jobs / worker', createdBy: 'admin', visibility: 'signed-in' });
    expect(Date.parse(created.share.expiresAt) - Date.parse(created.share.createdAt)).toBe(24 * 3_600_000);
  });

  it('refuses anyone else as if the recording did not exist', async () => {
    expect(errorOf(await share(other, shell.id))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    expect(errorOf(await share(owner, 'no-such-recording'))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
  });
});
