import { expect, it } from 'vitest';
import { describeEachBackend } from './testing/backends.ts';
import { StorageError } from './storage-error.ts';
import { userRepository } from './user-repository.ts';

const t0 = new Date('2026-01-01T00:00:00.000Z');
const t1 = new Date('2026-01-02T00:00:00.000Z');
const t2 = new Date('2026-01-03T00:00:00.000Z');

describeEachBackend('userRepository', (backend) => {
  it('creates users and finds them by id and by name', async () => {
    const users = userRepository(await backend.open());
    const scope = { regions: ['cn-hangzhou', 'cn-beijing'], tag: { key: 'team', value: 'blue' } };
    const created = await users.create({ name: 'ada', passwordHash: '$argon2id$fake', role: 'operator', scope }, t0);
    expect(created).toMatchObject({ name: 'ada', role: 'operator', scope, source: 'local', failedSignIns: 0, lockedUntil: null, disabledAt: null, createdAt: t0.toISOString() });
    expect(await users.findById(created.id)).toEqual(created);
    expect(await users.findByName('ada')).toEqual(created);
    expect(await users.findByName('nobody')).toBeUndefined();
  });

  it('refuses a second user with the same name', async () => {
    const users = userRepository(await backend.open());
    await users.create({ name: 'ada', passwordHash: 'h', role: 'viewer' });
    await expect(users.create({ name: 'ada', passwordHash: 'h', role: 'admin' })).rejects.toSatisfy(
      (error) => error instanceof StorageError && error.code === 'DUPLICATE_USER_NAME',
    );
  });

  it('lists users by name', async () => {
    const users = userRepository(await backend.open());
    for (const name of ['carol', 'ada', 'bob']) await users.create({ name, passwordHash: 'h', role: 'viewer' });
    expect((await users.list()).map((u) => u.name)).toEqual(['ada', 'bob', 'carol']);
  });

  it('creates users with no scope limit by default, and OIDC users', async () => {
    const users = userRepository(await backend.open());
    expect((await users.create({ name: 'ada', passwordHash: 'h', role: 'viewer' })).scope).toEqual({ regions: null, tag: null });
    expect((await users.create({ name: 'bob', passwordHash: '', role: 'viewer', source: 'oidc' })).source).toBe('oidc');
  });

  it('finds an OIDC account by issuer and subject only, and refuses a second account for one identity', async () => {
    const users = userRepository(await backend.open());
    const identity = { issuer: 'https://idp.example', subject: 'sub-1' };
    const ada = await users.create({ name: 'ada', passwordHash: '', role: 'viewer', source: 'oidc', oidc: identity });
    expect(ada).not.toHaveProperty('oidcSubject');
    expect(await users.findByOidcSubject(identity.issuer, identity.subject)).toEqual(ada);
    expect(await users.findByOidcSubject('https://other.example', identity.subject)).toBeUndefined();
    expect(await users.findByOidcSubject(identity.issuer, 'sub-2')).toBeUndefined();
    // The same subject at another issuer is another person; local accounts have no identity at all.
    await users.create({ name: 'bob', passwordHash: '', role: 'viewer', source: 'oidc', oidc: { issuer: 'https://other.example', subject: 'sub-1' } });
    await users.create({ name: 'carol', passwordHash: 'h', role: 'viewer' });
    await users.create({ name: 'dave', passwordHash: 'h', role: 'viewer' });

    await expect(users.create({ name: 'ada2', passwordHash: '', role: 'viewer', source: 'oidc', oidc: identity })).rejects.toSatisfy(
      (error) => error instanceof StorageError && error.code === 'DUPLICATE_OIDC_SUBJECT',
    );
    await expect(users.create({ name: 'ada', passwordHash: '', role: 'viewer', source: 'oidc', oidc: { ...identity, subject: 'sub-9' } })).rejects.toSatisfy(
      (error) => error instanceof StorageError && error.code === 'DUPLICATE_USER_NAME',
    );
  });

  it('binds an unbound OIDC account once, and never a local one or one bound to someone else', async () => {
    const users = userRepository(await backend.open());
    const identity = { issuer: 'https://idp.example', subject: 'sub-1' };
    const legacy = await users.create({ name: 'ada', passwordHash: '', role: 'viewer', source: 'oidc' }, t0);
    const local = await users.create({ name: 'bob', passwordHash: 'h', role: 'viewer' });

    expect(await users.bindOidcSubject(legacy.id, identity, t1)).toEqual({ ...legacy, updatedAt: t1.toISOString() });
    expect((await users.findByOidcSubject(identity.issuer, identity.subject))?.id).toBe(legacy.id);
    expect((await users.bindOidcSubject(legacy.id, identity, t1))?.id).toBe(legacy.id);
    expect(await users.bindOidcSubject(legacy.id, { ...identity, subject: 'sub-2' })).toBeUndefined();
    expect(await users.findByOidcSubject(identity.issuer, 'sub-2')).toBeUndefined();
    expect(await users.bindOidcSubject(local.id, { ...identity, subject: 'sub-3' })).toBeUndefined();
    expect(await users.findByOidcSubject(identity.issuer, 'sub-3')).toBeUndefined();

    const other = await users.create({ name: 'carol', passwordHash: '', role: 'viewer', source: 'oidc' });
    await expect(users.bindOidcSubject(other.id, identity)).rejects.toSatisfy((error) => error instanceof StorageError && error.code === 'DUPLICATE_OIDC_SUBJECT');
  });

  it('updates role, scope, password hash and the disabled flag', async () => {
    const users = userRepository(await backend.open());
    const { id } = await users.create({ name: 'ada', passwordHash: 'old', role: 'viewer', scope: { regions: ['cn-hangzhou'], tag: null } }, t0);

    const noLimit = { regions: null, tag: null };
    const updated = await users.update(id, { role: 'admin', scope: noLimit, passwordHash: 'new', disabled: true }, t1);
    expect(updated).toMatchObject({ role: 'admin', scope: noLimit, passwordHash: 'new', disabledAt: t1.toISOString(), updatedAt: t1.toISOString() });

    // Disabling again keeps the time it first happened.
    expect((await users.update(id, { disabled: true }, t2))?.disabledAt).toBe(t1.toISOString());
    expect((await users.update(id, { disabled: false }, t2))?.disabledAt).toBeNull();
    expect(await users.update('no-such-id', { role: 'admin' })).toBeUndefined();
  });

  it('counts failed sign-ins, locks at the threshold, and clears both', async () => {
    const users = userRepository(await backend.open());
    const { id } = await users.create({ name: 'ada', passwordHash: 'h', role: 'viewer' }, t0);
    const lock = { after: 3, until: t2 };
    await Promise.all([users.recordFailedSignIn(id, t1, lock), users.recordFailedSignIn(id, t1, lock)]);
    expect(await users.findById(id)).toMatchObject({ failedSignIns: 2, lastFailedSignInAt: t1.toISOString(), lockedUntil: null });
    expect(await users.recordFailedSignIn(id, t1, lock)).toMatchObject({ failedSignIns: 3, lockedUntil: t2.toISOString() });

    await users.clearFailedSignIns(id);
    expect(await users.findById(id)).toMatchObject({ failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null });
  });

  it('clears a sign-in lock when the user is enabled', async () => {
    const users = userRepository(await backend.open());
    const { id } = await users.create({ name: 'ada', passwordHash: 'h', role: 'viewer' }, t0);
    await users.recordFailedSignIn(id, t1, { after: 1, until: t2 });
    expect(await users.update(id, { disabled: false }, t1)).toMatchObject({ failedSignIns: 0, lockedUntil: null, disabledAt: null });
  });
});
