import { createHash } from 'node:crypto';
import type { ConsoleOutput } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';
import { testClock } from '../../../testing/test-clock.ts';
import { auditOf, consoleTextIs, createShare, errorOf, postShare, shareBody, shareRow, STOREFRONT_INSTANCE, STOREFRONT_TAG } from './share-fixtures.ts';

const clock = testClock();
let app: FastifyInstance;
let viewer: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp({ now: clock.now });
  viewer = await signedIn(app, 'viewer');
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => app.close());

const consoleText = async (query = '') =>
  (await app.inject({ method: 'GET', headers: viewer.headers, url: `/api/regions/cn-hangzhou/instances/${STOREFRONT_INSTANCE}/console-output${query}` })).json<ConsoleOutput>().text;

describe('POST /api/shares', () => {
  it('stores a snapshot of the whole log, signed-in only for a day by default, and returns its link once', async () => {
    const created = await createShare(app, viewer);
    expect(created.url).toMatch(/^\/shared\/[A-Za-z0-9_-]{43}$/);
    expect(created.share).toMatchObject({ instanceId: STOREFRONT_INSTANCE, regionId: 'cn-hangzhou', range: null, note: null, visibility: 'signed-in', createdBy: viewer.user.name, viewCount: 0, revokedAt: null });
    expect(created.share.instanceName).toEqual(expect.any(String));
    expect(Date.parse(created.share.expiresAt) - Date.parse(created.share.createdAt)).toBe(24 * 3_600_000);
    expect(created.share.createdAt).toBe(clock.now().toISOString());

    const row = await shareRow(app, created.share.id);
    expect(row.text).toBe(await consoleText());
    expect(row.tokenHash).toBe(createHash('sha256').update(created.token).digest('base64url'));
    expect(JSON.stringify(row)).not.toContain(created.token);
  });

  it('snapshots the text without symbols when asked, with the note, visibility and expiry given', async () => {
    const { share } = await createShare(app, viewer, shareBody({ removeSymbols: true, note: '  kernel panic at boot ', visibility: 'public', expiresIn: '7d' }));
    expect(share).toMatchObject({ note: 'kernel panic at boot', visibility: 'public' });
    expect(Date.parse(share.expiresAt) - Date.parse(share.createdAt)).toBe(7 * 24 * 3_600_000);
    expect((await shareRow(app, share.id)).text).toBe(await consoleText('?removeSymbols=true'));
  });

  it('keeps the whole log with the range, so the range is shown at its own line numbers', async () => {
    const text = await consoleText();
    const { share } = await createShare(app, viewer, shareBody({ range: { from: 2, to: 4 } }));
    expect(share.range).toEqual({ from: 2, to: 4 });
    expect((await shareRow(app, share.id)).text).toBe(text);
  });

  it.each([
    [{ from: 1, to: 100_000 }, /outside/],
    [{ from: 5, to: 3 }, /backwards/],
  ])('refuses the range %j with 400', async (range, message) => {
    const response = await postShare(app, viewer, shareBody({ range }));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
  });

  it('redacts secrets before storing', async () => {
    const secretKey = 'fake-secret-value-0001';
    consoleTextIs(app, ['boot', `AccessKeySecret=${secretKey}`, '-----BEGIN RSA PRIVATE KEY-----', 'ZmFrZQ==', '-----END RSA PRIVATE KEY-----', 'login:'].join('\n'));
    const whole = await createShare(app, viewer);
    const row = await shareRow(app, whole.share.id);
    expect(row.text).not.toContain(secretKey);
    expect(row.text).not.toContain('ZmFrZQ==');
    expect(row.text.split('\n')[1]).toBe('AccessKeySecret=[REDACTED:access-key-secret]');
    expect(row.redactions).toBe(2);
    expect(whole.share.redactions).toBe(2);

    // A range share is redacted the same way.
    const part = await createShare(app, viewer, shareBody({ range: { from: 4, to: 6 } }));
    expect((await shareRow(app, part.share.id)).text).toBe(row.text);
  });

  it('audits the creation by the share id, never the token', async () => {
    const { share, token } = await createShare(app, viewer);
    const entries = await auditOf(app, 'share.create');
    const entry = entries.find((e) => e.target === `share:${share.id}`);
    expect(entry).toMatchObject({ userName: viewer.user.name, regionId: 'cn-hangzhou', instanceId: STOREFRONT_INSTANCE, outcome: 'succeeded', cloudRequestId: expect.any(String) });
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it('refuses an instance outside the user\'s scope, and one that does not exist', async () => {
    const otherRegion = await signedIn(app, 'viewer', { regions: ['cn-shanghai'], tag: null });
    expect(errorOf(await postShare(app, otherRegion))).toMatchObject({ code: 'OUT_OF_SCOPE', statusCode: 403 });
    const otherTeam = await signedIn(app, 'viewer', { regions: null, tag: { key: 'team', value: 'devops' } });
    expect(errorOf(await postShare(app, otherTeam))).toMatchObject({ code: 'OUT_OF_SCOPE', statusCode: 403 });
    const sameTeam = await signedIn(app, 'viewer', { regions: null, tag: STOREFRONT_TAG });
    expect((await postShare(app, sameTeam)).statusCode).toBe(201);
    expect(errorOf(await postShare(app, viewer, shareBody({ instanceId: 'i-doesnotexist000' })))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
  });
});
