import type { AuditPage, UserList, UserSummary } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

const PASSWORD = 'a-long-enough-password';

let app: FastifyInstance;
let admin: SignedInAgent;
beforeAll(async () => {
  app = await buildTestApp();
  admin = await signedIn(app, 'admin');
});
afterAll(() => app.close());

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, headers: admin.headers, ...(payload === undefined ? {} : { payload }) });

async function create(name: string, role = 'viewer'): Promise<UserSummary> {
  const response = await call('POST', '/api/users', { name, password: PASSWORD, role });
  expect(response.statusCode).toBe(201);
  return response.json<UserSummary>();
}

const signIn = (name: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/api/session', payload: { name, password } });
const cookieOf = (response: Awaited<ReturnType<typeof signIn>>) => response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const sessionAlive = async (cookie: string) => (await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode === 200;

async function lastAudit(action: string) {
  const page = (await call('GET', `/api/audit?action=${action}&limit=1`)).json<AuditPage>();
  return page.items[0];
}

describe('users admin', () => {
  it('creates a user who can sign in, and audits it without the password', async () => {
    const erin = await create('erin');
    expect(erin).toEqual(expect.objectContaining({ name: 'erin', role: 'viewer', scope: { regions: null, tag: null }, source: 'local', disabled: false, lockedUntil: null }));
    expect((await signIn('erin')).statusCode).toBe(200);

    const entry = await lastAudit('user.create');
    expect(entry).toEqual(expect.objectContaining({ userId: admin.user.id, target: 'user:erin', detail: 'role viewer', outcome: 'succeeded' }));
    expect(JSON.stringify(entry)).not.toContain(PASSWORD);
  });

  it('lists users without any password hash', async () => {
    await create('frank');
    const response = await call('GET', '/api/users');
    expect(response.json<UserList>().items.map((user) => user.name)).toContain('frank');
    expect(response.body).not.toMatch(/argon2|passwordHash/i);
  });

  it('refuses a second user with the same name', async () => {
    await create('gina');
    const response = await call('POST', '/api/users', { name: 'gina', password: PASSWORD, role: 'admin' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('USER_NAME_TAKEN');
    expect(await lastAudit('user.create')).toEqual(expect.objectContaining({ target: 'user:gina', outcome: 'failed', errorCode: 'USER_NAME_TAKEN' }));
  });

  it('changes a role, ends the user`s sessions and audits the change', async () => {
    const hugo = await create('hugo');
    const cookie = cookieOf(await signIn('hugo'));
    expect(await sessionAlive(cookie)).toBe(true);

    const response = await call('PATCH', `/api/users/${hugo.id}`, { role: 'operator' });
    expect(response.statusCode).toBe(200);
    expect(response.json<UserSummary>().role).toBe('operator');
    expect(await sessionAlive(cookie)).toBe(false);
    expect(await lastAudit('user.update')).toEqual(expect.objectContaining({ target: 'user:hugo', detail: 'role viewer → operator', outcome: 'succeeded' }));
  });

  it('never writes a field the body was not meant to carry', async () => {
    const iris = await create('iris');
    const response = await call('PATCH', `/api/users/${iris.id}`, { role: 'operator', passwordHash: 'x', name: 'mallory' });
    expect(response.json<UserSummary>().name).toBe('iris');
    expect((await signIn('iris')).statusCode).toBe(200);
  });

  it('disables a user (ending their sessions) and enabling lifts a sign-in lock', async () => {
    const jan = await create('jan');
    const cookie = cookieOf(await signIn('jan'));
    expect((await call('PATCH', `/api/users/${jan.id}`, { disabled: true })).json<UserSummary>().disabled).toBe(true);
    expect(await sessionAlive(cookie)).toBe(false);
    expect((await signIn('jan')).statusCode).not.toBe(200);

    await app.storage.users.recordFailedSignIn(jan.id, new Date(), { after: 1, until: new Date(Date.now() + 60_000) });
    expect((await call('GET', '/api/users')).json<UserList>().items.find((user) => user.id === jan.id)?.lockedUntil).not.toBeNull();
    const enabled = (await call('PATCH', `/api/users/${jan.id}`, { disabled: false })).json<UserSummary>();
    expect(enabled).toEqual(expect.objectContaining({ disabled: false, lockedUntil: null }));
    expect((await signIn('jan')).statusCode).toBe(200);
  });

  it('resets a password: the old one and every session end, a lock goes', async () => {
    const kim = await create('kim');
    const cookie = cookieOf(await signIn('kim'));
    await app.storage.users.recordFailedSignIn(kim.id, new Date(), { after: 1, until: new Date(Date.now() + 60_000) });
    const response = await call('POST', `/api/users/${kim.id}/password`, { password: 'another-long-password' });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(await sessionAlive(cookie)).toBe(false);
    expect((await signIn('kim')).statusCode).not.toBe(200);
    expect((await signIn('kim', 'another-long-password')).statusCode).toBe(200);
    expect(await lastAudit('user.reset-password')).toEqual(expect.objectContaining({ target: 'user:kim', detail: null, outcome: 'succeeded' }));
  });

  it('gives no local password to a single sign-on user', async () => {
    const sso = await app.storage.users.create({ name: 'lena', passwordHash: '', role: 'viewer', source: 'oidc' });
    const response = await call('POST', `/api/users/${sso.id}/password`, { password: PASSWORD });
    expect(response.statusCode).toBe(400);
    expect((await signIn('lena')).statusCode).not.toBe(200);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await call('PATCH', '/api/users/no-such-user', { role: 'admin' })).statusCode).toBe(404);
    expect((await call('POST', '/api/users/no-such-user/password', { password: PASSWORD })).statusCode).toBe(404);
  });
});

describe('the last admin', () => {
  it('cannot be demoted or disabled, not even by themselves', async () => {
    const users = (await call('GET', '/api/users')).json<UserList>().items;
    // Every other admin goes first, so the signed-in one is the last.
    for (const other of users.filter((user) => user.role === 'admin' && user.id !== admin.user.id && !user.disabled)) {
      expect((await call('PATCH', `/api/users/${other.id}`, { disabled: true })).statusCode).toBe(200);
    }
    for (const change of [{ role: 'operator' }, { disabled: true }]) {
      const response = await call('PATCH', `/api/users/${admin.user.id}`, change);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('LAST_ADMIN');
    }
    expect(await lastAudit('user.update')).toEqual(expect.objectContaining({ outcome: 'failed', errorCode: 'LAST_ADMIN' }));
    expect(await sessionAlive(admin.cookie)).toBe(true);
  });
});
