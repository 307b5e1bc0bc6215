import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { sessionRepository } from './session-repository.ts';
import { userRepository } from './user-repository.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

describeEachBackend('sessionRepository', (backend) => {
  async function setUp() {
    const db = await backend.open();
    const users = userRepository(db);
    const user = await users.create({ name: 'ada', passwordHash: 'h', role: 'operator' });
    const sessions = sessionRepository(db);
    // Idle expiry 30 minutes after the last activity, absolute expiry after 60 minutes.
    const open = (tokenHash: string, userId = user.id) =>
      sessions.create({ tokenHash, userId, createdAt: at(0).toISOString(), idleExpiresAt: at(30).toISOString(), absoluteExpiresAt: at(60).toISOString() });
    return { users, user, sessions, open };
  }

  it('finds a live session with its user', async () => {
    const { user, sessions, open } = await setUp();
    await open('hash-1');
    const found = await sessions.findValid('hash-1', at(10));
    expect(found?.user).toEqual(user);
    expect(found?.session).toMatchObject({ tokenHash: 'hash-1', userId: user.id, lastSeenAt: at(0).toISOString(), revokedAt: null });
    expect(await sessions.findValid('other-hash', at(10))).toBeUndefined();
  });

  it('does not find idle, expired or revoked sessions, nor those of disabled users', async () => {
    const { users, user, sessions, open } = await setUp();
    await open('hash-1');
    expect(await sessions.findValid('hash-1', at(30))).toBeUndefined();

    await sessions.touch('hash-1', at(20), at(50));
    expect(await sessions.findValid('hash-1', at(45))).toBeDefined();

    await users.update(user.id, { disabled: true });
    expect(await sessions.findValid('hash-1', at(45))).toBeUndefined();
    await users.update(user.id, { disabled: false });

    await sessions.revoke('hash-1', at(46));
    expect(await sessions.findValid('hash-1', at(47))).toBeUndefined();
  });

  it('touch extends the idle expiry up to the absolute one, and not for dead sessions', async () => {
    const { sessions, open } = await setUp();
    await open('hash-1');
    expect(await sessions.touch('hash-1', at(25), at(55))).toBe(true);
    expect(await sessions.touch('hash-1', at(50), at(80))).toBe(true);
    expect((await sessions.findValid('hash-1', at(59)))?.session).toMatchObject({ lastSeenAt: at(50).toISOString(), idleExpiresAt: at(60).toISOString() });
    expect(await sessions.findValid('hash-1', at(60))).toBeUndefined();
    expect(await sessions.touch('hash-1', at(61), at(90))).toBe(false);
  });

  it('revokes every session of one user only', async () => {
    const { users, user, sessions, open } = await setUp();
    const other = await users.create({ name: 'bob', passwordHash: 'h', role: 'viewer' });
    await open('ada-1');
    await open('ada-2');
    await open('bob-1', other.id);
    expect(await sessions.revokeAllForUser(user.id, at(5))).toBe(2);
    expect(await sessions.findValid('ada-2', at(6))).toBeUndefined();
    expect(await sessions.findValid('bob-1', at(6))).toBeDefined();
  });

  it('can spare one session when revoking a user\'s others', async () => {
    const { user, sessions, open } = await setUp();
    await open('ada-1');
    await open('ada-2');
    expect(await sessions.revokeAllForUser(user.id, at(5), { except: 'ada-1' })).toBe(1);
    expect(await sessions.findValid('ada-1', at(6))).toBeDefined();
    expect(await sessions.findValid('ada-2', at(6))).toBeUndefined();
  });

  it('purges sessions that can never be valid again', async () => {
    const { sessions, open } = await setUp();
    await open('expired');
    await open('revoked');
    await open('live');
    await sessions.revoke('revoked', at(1));
    await sessions.touch('live', at(29), at(59));
    expect(await sessions.purgeExpired(at(31))).toBe(2);
    expect(await sessions.findValid('live', at(31))).toBeDefined();
  });
});
