import type { SharedLogView } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';
import { HOUR, testClock } from '../../../testing/test-clock.ts';
import { auditOf, createShare, errorOf, openShared, shareBody, shareRow, STOREFRONT_TAG } from './share-fixtures.ts';

const clock = testClock();
let app: FastifyInstance;
let sharer: SignedInAgent;
let teammate: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp({ now: clock.now });
  sharer = await signedIn(app, 'viewer');
  teammate = await signedIn(app, 'viewer');
});
afterAll(() => app.close());

describe('GET /api/shared/:token', () => {
  it('shows a signed-in-only share to a teammate, counts the view and audits it', async () => {
    const { share, token } = await createShare(app, sharer, shareBody({ note: 'look at line 3', range: { from: 1, to: 3 } }));
    const response = await openShared(app, token, teammate);
    expect(response.statusCode).toBe(200);
    const view = response.json<SharedLogView>();
    expect(view.text).toBe((await shareRow(app, share.id)).text);
    expect(view).toMatchObject({ canOpenInstance: true, lastUpdateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
    expect(view.share).toMatchObject({ id: share.id, note: 'look at line 3', range: { from: 1, to: 3 }, createdBy: sharer.user.name, viewCount: 1 });

    await openShared(app, token, sharer);
    expect((await shareRow(app, share.id)).viewCount).toBe(2);
    const views = (await auditOf(app, 'share.view')).filter((e) => e.target === `share:${share.id}`);
    expect(views.map((e) => e.userName)).toEqual([teammate.user.name, sharer.user.name]);
    expect(JSON.stringify(views)).not.toContain(token);
  });

  it('asks an anonymous visitor of a signed-in-only share to sign in, and counts nothing', async () => {
    const { share, token } = await createShare(app, sharer);
    const response = await openShared(app, token);
    expect(errorOf(response)).toMatchObject({ code: 'UNAUTHENTICATED', statusCode: 401 });
    expect((await shareRow(app, share.id)).viewCount).toBe(0);
  });

  it('shows a public share to an anonymous visitor, who cannot open the instance, and audits the view without a user', async () => {
    const { share, token } = await createShare(app, sharer, shareBody({ visibility: 'public' }));
    const response = await openShared(app, token);
    expect(response.statusCode).toBe(200);
    expect(response.json<SharedLogView>()).toMatchObject({ canOpenInstance: false, share: { id: share.id, visibility: 'public' } });
    const [view] = (await auditOf(app, 'share.view')).filter((e) => e.target === `share:${share.id}`);
    expect(view).toMatchObject({ userId: null, userName: null, outcome: 'succeeded' });
  });

  it('lets only users in scope open the live instance', async () => {
    const { token } = await createShare(app, sharer);
    const canOpen = async (agent: SignedInAgent) => (await openShared(app, token, agent)).json<SharedLogView>().canOpenInstance;
    expect(await canOpen(await signedIn(app, 'viewer', { regions: ['cn-shanghai'], tag: null }))).toBe(false);
    expect(await canOpen(await signedIn(app, 'viewer', { regions: null, tag: { key: 'team', value: 'devops' } }))).toBe(false);
    expect(await canOpen(await signedIn(app, 'viewer', { regions: ['cn-hangzhou'], tag: STOREFRONT_TAG }))).toBe(true);
  });

  it('answers unknown, expired and revoked links alike with 404', async () => {
    const expiring = await createShare(app, sharer, shareBody({ visibility: 'public', expiresIn: '1h' }));
    const revoked = await createShare(app, sharer, shareBody({ visibility: 'public', expiresIn: '30d' }));
    expect((await openShared(app, revoked.token)).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: `/api/shares/${revoked.share.id}`, headers: sharer.headers })).statusCode).toBe(204);
    const gone = await openShared(app, revoked.token, sharer);
    const unknown = await openShared(app, 'A'.repeat(43), sharer);

    // Sessions idle out over the hour, so the expired link is opened anonymously (it is public).
    clock.advance(HOUR - 1);
    expect((await openShared(app, expiring.token)).statusCode).toBe(200);
    clock.advance(1);
    const expired = await openShared(app, expiring.token);

    for (const response of [expired, gone, unknown]) {
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('SHARE_UNAVAILABLE');
    }
    const bodyWithoutRequestId = (response: typeof gone) => ({ ...errorOf(response), requestId: undefined });
    expect(bodyWithoutRequestId(expired)).toEqual(bodyWithoutRequestId(unknown));
    expect(bodyWithoutRequestId(gone)).toEqual(bodyWithoutRequestId(unknown));
  });
});

describe('the shared-link rate limit', () => {
  it('refuses an address that asks too often', async () => {
    const limited = await buildTestApp({ env: { PORTHOLE_RATE_LIMIT: '3' } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await openShared(limited, 'B'.repeat(43))).statusCode);
      expect(statuses).toEqual([404, 404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});
