import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { TEST_ORIGIN, TEST_USER_PASSWORD, signedIn } from '../../../testing/signed-in.ts';
import { MINUTE, testClock } from '../../../testing/test-clock.ts';

const clock = testClock();
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ now: clock.now, env: { PORTHOLE_SIGN_IN_LOCK_AFTER: '6', PORTHOLE_SIGN_IN_LOCK_MINUTES: '15' } });
});
afterAll(() => app.close());

const signIn = (name: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/session', headers: { origin: TEST_ORIGIN }, payload: { name, password } });
const codeOf = async (attempt: ReturnType<typeof signIn>) => (await attempt).json<{ error?: { code: string } }>().error?.code;

describe('signing in with a wrong password', () => {
  it('answers the same for a wrong password, an unknown name and an OIDC-only account', async () => {
    const { user } = await signedIn(app, 'viewer');
    await app.storage.users.create({ name: 'sso-user', passwordHash: '', role: 'viewer', source: 'oidc' });
    for (const [name, password] of [[user.name, 'not the password'], ['nobody-here', 'whatever'], ['sso-user', 'anything']] as const) {
      const response = await signIn(name, password);
      expect(response.statusCode, name).toBe(401);
      expect(response.json(), name).toMatchObject({ error: { code: 'INVALID_CREDENTIALS', message: 'Wrong user name or password.' } });
    }
  });

  it('records each attempt in the audit trail, with the name tried', async () => {
    await signIn('mallory-guess', 'password123');
    const { events } = await app.storage.audit.query({ action: 'session.sign-in' }, { limit: 50 });
    expect(events.find((e) => e.userName === 'mallory-guess')).toMatchObject({ outcome: 'failed', errorCode: 'INVALID_CREDENTIALS', userId: null });
  });
});

describe('repeated failures on one account', () => {
  it('are free three times, then slow down with an escalating delay, then lock the account', async () => {
    const { user, password } = await signedIn(app, 'operator');
    for (let i = 0; i < 3; i++) expect(await codeOf(signIn(user.name, 'wrong'))).toBe('INVALID_CREDENTIALS');
    expect(await codeOf(signIn(user.name, 'wrong'))).toBe('INVALID_CREDENTIALS');

    // Four failures: the next attempt waits 1 s, even with the right password.
    const throttled = await signIn(user.name, password);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json()).toMatchObject({ error: { code: 'SIGN_IN_THROTTLED' } });
    expect(throttled.headers['retry-after']).toBe('1');

    clock.advance(1_000);
    expect(await codeOf(signIn(user.name, 'wrong'))).toBe('INVALID_CREDENTIALS');
    // Five failures: 2 s.
    expect((await signIn(user.name, 'wrong')).headers['retry-after']).toBe('2');
    clock.advance(2_000);
    expect(await codeOf(signIn(user.name, 'wrong'))).toBe('INVALID_CREDENTIALS');

    // Six failures: locked for 15 minutes, the right password included.
    clock.advance(60_000);
    const locked = await signIn(user.name, password);
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
    expect(Number(locked.headers['retry-after'])).toBe(14 * 60);

    clock.advance(14 * MINUTE);
    expect((await signIn(user.name, password)).statusCode).toBe(200);
    // Success resets the count: the next mistake is free again.
    expect(await codeOf(signIn(user.name, 'wrong'))).toBe('INVALID_CREDENTIALS');
    expect((await signIn(user.name, TEST_USER_PASSWORD)).statusCode).toBe(200);
  });

  it('does not slow down other accounts', async () => {
    const target = await signedIn(app, 'viewer');
    const bystander = await signedIn(app, 'viewer');
    for (let i = 0; i < 5; i++) await signIn(target.user.name, 'wrong');
    expect((await signIn(bystander.user.name, bystander.password)).statusCode).toBe(200);
  });

  it('records throttled and locked attempts in the audit trail too', async () => {
    const { events } = await app.storage.audit.query({ action: 'session.sign-in', outcome: 'failed' }, { limit: 200 });
    const codes = new Set(events.map((e) => e.errorCode));
    expect(codes).toEqual(new Set(['INVALID_CREDENTIALS', 'SIGN_IN_THROTTLED', 'ACCOUNT_LOCKED']));
  });

  it('an admin enabling the account lifts the lock', async () => {
    const { user, password } = await signedIn(app, 'viewer');
    for (let i = 0; i < 6; i++) {
      await signIn(user.name, 'wrong');
      clock.advance(60_000);
    }
    expect((await signIn(user.name, password)).statusCode).toBe(423);
    await app.storage.users.update(user.id, { disabled: false });
    expect((await signIn(user.name, password)).statusCode).toBe(200);
  });
});
