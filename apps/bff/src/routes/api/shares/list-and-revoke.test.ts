import type { ShareList } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';
import { MINUTE, testClock } from '../../../testing/test-clock.ts';
import { auditOf, createShare, errorOf, openShared, shareRow } from './share-fixtures.ts';

const clock = testClock();
let app: FastifyInstance;
let ada: SignedInAgent;
let bob: SignedInAgent;
let admin: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp({ now: clock.now });
  ada = await signedIn(app, 'viewer');
  bob = await signedIn(app, 'operator');
  admin = await signedIn(app, 'admin');
});
afterAll(() => app.close());

const list = (agent: SignedInAgent, query = '') => app.inject({ method: 'GET', url: `/api/shares${query}`, headers: agent.headers });
const revoke = (agent: SignedInAgent, id: string) => app.inject({ method: 'DELETE', url: `/api/shares/${id}`, headers: agent.headers });
const idsOf = async (response: ReturnType<typeof list>) => (await response).json<ShareList>().items.map((share) => share.id);

describe('GET /api/shares', () => {
  it('lists the caller\'s own shares newest first, and everyone\'s for an admin who asks', async () => {
    const first = await createShare(app, ada);
    clock.advance(MINUTE);
    const second = await createShare(app, ada);
    clock.advance(MINUTE);
    const bobs = await createShare(app, bob);

    expect(await idsOf(list(ada))).toEqual([second.share.id, first.share.id]);
    expect(await idsOf(list(bob))).toEqual([bobs.share.id]);
    expect(await idsOf(list(admin))).toEqual([]);
    expect(await idsOf(list(admin, '?all=true'))).toEqual(expect.arrayContaining([bobs.share.id, second.share.id, first.share.id]));
    expect(errorOf(await list(bob, '?all=true'))).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
  });
});

describe('DELETE /api/shares/:id', () => {
  it('lets the sharer revoke a link, which stops working at once and is audited', async () => {
    const { share, token } = await createShare(app, ada);
    expect((await revoke(ada, share.id)).statusCode).toBe(204);
    expect(errorOf(await openShared(app, token, ada)).code).toBe('SHARE_UNAVAILABLE');
    const listed = (await list(ada)).json<ShareList>().items.find((s) => s.id === share.id);
    expect(listed?.revokedAt).toBe(clock.now().toISOString());
    const [entry] = (await auditOf(app, 'share.revoke')).filter((e) => e.target === `share:${share.id}`);
    expect(entry).toMatchObject({ userName: ada.user.name, outcome: 'succeeded', instanceId: share.instanceId });
  });

  it('answers 404 to anyone else but an admin, as for a share that does not exist', async () => {
    const { share, token } = await createShare(app, ada);
    expect(errorOf(await revoke(bob, share.id))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    expect(errorOf(await revoke(bob, 'no-such-share'))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    expect((await shareRow(app, share.id)).revokedAt).toBeNull();
    expect((await openShared(app, token, bob)).statusCode).toBe(200);

    expect((await revoke(admin, share.id)).statusCode).toBe(204);
    expect((await openShared(app, token, bob)).statusCode).toBe(404);
  });
});
