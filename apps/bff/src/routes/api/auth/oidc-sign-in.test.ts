import { Writable } from 'node:stream';
import { routes, type SessionInfo } from '@porthole/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FLOW_COOKIE } from '../../../plugins/app/oidc/sign-in-flow.ts';
import { startTestOpenIdProvider, type TestOpenIdProvider } from '../../../plugins/app/oidc/test-openid-provider.ts';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { sessionCookieOf } from '../../../testing/signed-in.ts';

const REDIRECT_URL = 'http://localhost/api/auth/oidc/callback';

class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
}

describe('single sign-on against a real OpenID provider', () => {
  const logs = new LogCapture();
  const responses: LightMyRequestResponse[] = [];
  let provider: TestOpenIdProvider;
  let app: FastifyInstance;

  beforeAll(async () => {
    provider = await startTestOpenIdProvider({ redirectUrl: REDIRECT_URL });
    app = await buildTestApp({
      logStream: logs,
      env: {
        PORTHOLE_OIDC_ISSUER: provider.issuer,
        PORTHOLE_OIDC_CLIENT_ID: provider.clientId,
        PORTHOLE_OIDC_CLIENT_SECRET: provider.clientSecret,
        PORTHOLE_OIDC_REDIRECT_URL: REDIRECT_URL,
        PORTHOLE_OIDC_ROLE_MAP: 'porthole-admins=admin, ops=operator, staff=viewer',
        PORTHOLE_OIDC_LABEL: 'Company SSO',
        PORTHOLE_SIGN_IN_RATE_LIMIT: '100',
      },
    });
  });

  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  beforeEach(() => {
    Object.assign(provider.account, { sub: 'user-1', preferred_username: 'sso-alice', groups: ['staff'] });
  });

  async function get(url: string, cookies: Record<string, string> = {}, headers: Record<string, string> = {}) {
    const response = await app.inject({ method: 'GET', url, cookies, headers });
    responses.push(response);
    return response;
  }

  /** /start, then the provider; the callback is not called yet. */
  async function beginSignIn(next?: string) {
    const start = await get(`/api/auth/oidc/start${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`);
    expect(start.statusCode).toBe(302);
    const flow = start.cookies.find((cookie) => cookie.name === FLOW_COOKIE);
    expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc/callback' });
    const callback = await provider.signIn(String(start.headers.location));
    return { flowCookie: flow?.value ?? '', callback };
  }

  const callbackPath = (callback: URL) => `${callback.pathname}${callback.search}`;

  async function signIn(next?: string) {
    const { flowCookie, callback } = await beginSignIn(next);
    return get(callbackPath(callback), { [FLOW_COOKIE]: flowCookie });
  }

  async function lastSignInAudit() {
    const { events } = await app.storage.audit.query({ action: 'session.sign-in' }, { limit: 1 });
    return events[0];
  }

  it('offers the provider on the sign-in page', async () => {
    const response = await get(routes.signInMethods.url);
    expect(response.json()).toEqual({ password: true, oidc: { label: 'Company SSO', startUrl: '/api/auth/oidc/start' } });
  });

  it('signs in with the highest mapped role and lands on the page asked for', async () => {
    provider.account.groups = ['staff', 'ops', 'unrelated'];
    const done = await signIn('/instances?region=cn-hangzhou');
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/instances?region=cn-hangzhou');
    expect(done.cookies.find((cookie) => cookie.name === FLOW_COOKIE)?.value).toBe('');

    const session = await get(routes.session.url, {}, { cookie: sessionCookieOf(done) });
    expect(session.statusCode).toBe(200);
    const { user } = session.json<SessionInfo>();
    expect(user).toMatchObject({ name: 'sso-alice', role: 'operator', source: 'oidc' });
    expect(await lastSignInAudit()).toMatchObject({ userId: user.id, userName: 'sso-alice', outcome: 'succeeded', detail: 'oidc' });
  });

  it('follows the provider when the role changes, and gives the account no usable password', async () => {
    await signIn();
    provider.account.groups = ['porthole-admins'];
    const done = await signIn();
    const { user } = (await get(routes.session.url, {}, { cookie: sessionCookieOf(done) })).json<SessionInfo>();
    expect(user.role).toBe('admin');
    expect((await app.storage.users.findByName('sso-alice'))?.passwordHash).toBe('');
    const password = await app.inject({ method: 'POST', url: routes.signIn.url, headers: { origin: 'http://localhost' }, payload: { name: 'sso-alice', password: '' } });
    expect(password.statusCode).toBe(400);
    const guessed = await app.inject({ method: 'POST', url: routes.signIn.url, headers: { origin: 'http://localhost' }, payload: { name: 'sso-alice', password: 'anything at all' } });
    expect(guessed.statusCode).toBe(401);
  });

  it('refuses a user none of whose groups is mapped', async () => {
    provider.account.groups = ['contractors'];
    const done = await signIn();
    expect(done.headers.location).toBe('/sign-in?error=oidc-no-role');
    expect(done.cookies.some((cookie) => cookie.name === 'porthole_session')).toBe(false);
    expect(await lastSignInAudit()).toMatchObject({ userId: null, userName: 'sso-alice', outcome: 'failed', errorCode: 'FORBIDDEN' });
  });

  it('refuses an answer whose state is not the one the flow began with', async () => {
    const { flowCookie, callback } = await beginSignIn();
    callback.searchParams.set('state', 'forged-state');
    const done = await get(callbackPath(callback), { [FLOW_COOKIE]: flowCookie });
    expect(done.headers.location).toBe('/sign-in?error=oidc-invalid');
    expect(done.cookies.some((cookie) => cookie.name === 'porthole_session')).toBe(false);
  });

  it("refuses another flow's answer, and one without its flow cookie", async () => {
    const first = await beginSignIn();
    const second = await beginSignIn();
    expect((await get(callbackPath(second.callback), { [FLOW_COOKIE]: first.flowCookie })).headers.location).toBe('/sign-in?error=oidc-invalid');
    expect((await get(callbackPath(first.callback))).headers.location).toBe('/sign-in?error=oidc-expired');
  });

  it("refuses the provider's error answer without repeating its text", async () => {
    const start = await get('/api/auth/oidc/start');
    const flowCookie = start.cookies.find((cookie) => cookie.name === FLOW_COOKIE)?.value ?? '';
    const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
    const answer = new URLSearchParams({ error: 'access_denied', error_description: '<script>alert(1)</script>', state, iss: provider.issuer });
    const done = await get(`/api/auth/oidc/callback?${answer}`, { [FLOW_COOKIE]: flowCookie });
    expect(done.headers.location).toBe('/sign-in?error=oidc-denied');
    expect(done.body).not.toContain('script');
  });

  it('never takes over a local account of the same name', async () => {
    const local = await app.storage.users.create({ name: 'sso-bob', passwordHash: await app.auth.hashPassword('a local password'), role: 'viewer' });
    Object.assign(provider.account, { sub: 'user-2', preferred_username: 'sso-bob', groups: ['porthole-admins'] });
    const done = await signIn();
    expect(done.headers.location).toBe('/sign-in?error=oidc-name-taken');
    expect(await app.storage.users.findById(local.id)).toEqual(local);
    expect(await lastSignInAudit()).toMatchObject({ userName: 'sso-bob', outcome: 'failed', errorCode: 'USER_NAME_TAKEN' });
  });

  async function signedInUser(done: LightMyRequestResponse) {
    return (await get(routes.session.url, {}, { cookie: sessionCookieOf(done) })).json<SessionInfo>().user;
  }

  it('binds the account to the subject: someone given the same name later is refused, and the account stays as it was', async () => {
    Object.assign(provider.account, { sub: 'user-5', preferred_username: 'sso-dana', groups: ['staff'] });
    const first = await signedInUser(await signIn());
    const dana = await app.storage.users.findById(first.id);

    Object.assign(provider.account, { sub: 'user-6', preferred_username: 'sso-dana', groups: ['porthole-admins'] });
    const done = await signIn();
    expect(done.headers.location).toBe('/sign-in?error=oidc-name-taken');
    expect(done.cookies.some((cookie) => cookie.name === 'porthole_session')).toBe(false);
    expect(await lastSignInAudit()).toMatchObject({ userId: null, userName: 'sso-dana', outcome: 'failed', errorCode: 'USER_NAME_TAKEN' });
    expect(await app.storage.users.findById(first.id)).toEqual(dana);

    Object.assign(provider.account, { sub: 'user-5', preferred_username: 'sso-dana', groups: ['staff'] });
    expect((await signedInUser(await signIn())).id).toBe(first.id);
  });

  it('keeps a renamed user (same subject, new name) in the same account, under its stored name', async () => {
    Object.assign(provider.account, { sub: 'user-7', preferred_username: 'sso-erin', groups: ['staff'] });
    const before = await signedInUser(await signIn());
    Object.assign(provider.account, { preferred_username: 'sso-erin.renamed', groups: ['ops'] });
    const after = await signedInUser(await signIn());
    expect(after).toMatchObject({ id: before.id, name: 'sso-erin', role: 'operator' });
    expect(await app.storage.users.findByName('sso-erin.renamed')).toBeUndefined();
  });

  it('binds an account made before subjects were recorded to the first subject that signs in to it', async () => {
    const legacy = await app.storage.users.create({ name: 'sso-frank', passwordHash: '', role: 'viewer', source: 'oidc' });
    Object.assign(provider.account, { sub: 'user-8', preferred_username: 'sso-frank', groups: ['staff'] });
    expect((await signedInUser(await signIn())).id).toBe(legacy.id);

    Object.assign(provider.account, { sub: 'user-9', preferred_username: 'sso-frank', groups: ['staff'] });
    expect((await signIn()).headers.location).toBe('/sign-in?error=oidc-name-taken');
    Object.assign(provider.account, { sub: 'user-8', preferred_username: 'sso-frank.renamed', groups: ['staff'] });
    expect(await signedInUser(await signIn())).toMatchObject({ id: legacy.id, name: 'sso-frank' });
  });

  it('refuses a disabled account', async () => {
    Object.assign(provider.account, { sub: 'user-3', preferred_username: 'sso-carol', groups: ['staff'] });
    await signIn();
    const carol = await app.storage.users.findByName('sso-carol');
    await app.storage.users.update(carol?.id ?? '', { disabled: true });
    expect((await signIn()).headers.location).toBe('/sign-in?error=oidc-disabled');
  });

  it('falls back to the subject as the name, and never redirects off the site', async () => {
    Object.assign(provider.account, { sub: 'user-4', preferred_username: undefined, groups: ['staff'] });
    const done = await signIn('//evil.example/steal');
    expect(done.headers.location).toBe('/');
    expect((await get(routes.session.url, {}, { cookie: sessionCookieOf(done) })).json<SessionInfo>().user.name).toBe('user-4');
  });

  it('never shows the client secret in a response or a log line', () => {
    expect(responses.length).toBeGreaterThan(10);
    for (const response of responses) {
      expect(response.body).not.toContain(provider.clientSecret);
      expect(JSON.stringify(response.headers)).not.toContain(provider.clientSecret);
    }
    expect(logs.lines.length).toBeGreaterThan(10);
    expect(logs.lines.join('')).toContain('single sign-on refused');
    expect(logs.lines.join('')).not.toContain(provider.clientSecret);
  });
});
