import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { shareRepository, type NewShare } from './share-repository.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

let created = 0;
function newShare(overrides: Partial<NewShare> = {}): NewShare {
  created += 1;
  return {
    id: `share-${created}`,
    tokenHash: `hash-${created}`,
    userId: 'user-ada',
    userName: 'ada',
    regionId: 'cn-hangzhou',
    instanceId: 'i-bp1example',
    instanceName: 'web-1',
    instanceTags: [{ key: 'team', value: 'web' }],
    text: 'line 1\nline 2',
    lastUpdateTime: '2026-01-01 08:00:00',
    lastUpdateTimeUtc: '2026-01-01T00:00:00.000Z',
    rangeFrom: null,
    rangeTo: null,
    note: null,
    visibility: 'signed-in',
    createdAt: at(created).toISOString(),
    expiresAt: at(60).toISOString(),
    redactions: 0,
    ...overrides,
  };
}

describeEachBackend('shareRepository', (backend) => {
  it('finds a live share by its token hash, with its text and tags', async () => {
    const shares = shareRepository(await backend.open());
    const share = newShare({ rangeFrom: 3, rangeTo: 7, note: 'boot fails', visibility: 'public', redactions: 2 });
    const stored = await shares.create(share);
    expect(stored).toMatchObject({ id: share.id, instanceTags: [{ key: 'team', value: 'web' }], revokedAt: null, viewCount: 0 });
    expect(stored).not.toHaveProperty('tokenHash');
    expect(stored).not.toHaveProperty('text');
    const found = await shares.findLiveByTokenHash(share.tokenHash, at(30));
    expect(found).toEqual({ ...stored, text: 'line 1\nline 2' });
    expect(await shares.findLiveByTokenHash('other', at(30))).toBeUndefined();
  });

  it('stops finding a share at its expiry and at once when revoked', async () => {
    const shares = shareRepository(await backend.open());
    const expiring = newShare({ expiresAt: at(40).toISOString() });
    const revoked = newShare();
    await shares.create(expiring);
    await shares.create(revoked);
    expect(await shares.findLiveByTokenHash(expiring.tokenHash, at(39))).toBeDefined();
    expect(await shares.findLiveByTokenHash(expiring.tokenHash, at(40))).toBeUndefined();

    expect(await shares.revoke(revoked.id, at(10))).toBe(true);
    expect(await shares.revoke(revoked.id, at(11))).toBe(false);
    expect(await shares.findLiveByTokenHash(revoked.tokenHash, at(10))).toBeUndefined();
    expect((await shares.findById(revoked.id))?.revokedAt).toBe(at(10).toISOString());
    expect(await shares.revoke('no-such-share', at(10))).toBe(false);
  });

  it('counts views', async () => {
    const shares = shareRepository(await backend.open());
    const share = await shares.create(newShare());
    await Promise.all([shares.incrementViews(share.id), shares.incrementViews(share.id), shares.incrementViews(share.id)]);
    expect((await shares.findById(share.id))?.viewCount).toBe(3);
  });

  it('lists one user\'s shares or everyone\'s, newest first', async () => {
    const shares = shareRepository(await backend.open());
    const older = await shares.create(newShare());
    const other = await shares.create(newShare({ userId: 'user-bob', userName: 'bob' }));
    const newer = await shares.create(newShare());
    expect((await shares.listByUser('user-ada')).map((s) => s.id)).toEqual([newer.id, older.id]);
    expect((await shares.listAll()).map((s) => s.id)).toEqual([newer.id, other.id, older.id]);
    expect(await shares.listByUser('user-nobody')).toEqual([]);
  });

  it('refuses a second share with the same token hash', async () => {
    const db = await backend.open();
    const shares = shareRepository(db);
    await shares.create(newShare({ tokenHash: 'same' }));
    await expect(shares.create(newShare({ tokenHash: 'same' }))).rejects.toThrow();
    const count = await sql<{ n: number }>`select count(*) as n from shares`.execute(db);
    expect(Number(count.rows[0]?.n)).toBe(1);
  });
});
