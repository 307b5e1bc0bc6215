import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signInAs, signedIn } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const NEW_PASSWORD = 'a brand new passphrase';
const whoAmI = (cookie: string) => app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });

describe('POST /api/account/password', () => {
  it('changes the password, keeps this session and ends the user\'s others', async () => {
    const here = await signedIn(app, 'viewer');
    const elsewhere = await signInAs(app, here.user.name, here.password);
    const response = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: here.headers,
      payload: { currentPassword: here.password, newPassword: NEW_PASSWORD },
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');

    expect((await whoAmI(here.cookie)).statusCode).toBe(200);
    expect((await whoAmI(elsewhere.cookie)).statusCode).toBe(401);
    await expect(signInAs(app, here.user.name, here.password)).rejects.toThrow(/401/);
    expect((await signInAs(app, here.user.name, NEW_PASSWORD)).user.id).toBe(here.user.id);

    const { events } = await app.storage.audit.query({ action: 'account.change-password', userId: here.user.id }, { limit: 5 });
    expect(events).toMatchObject([{ outcome: 'succeeded' }]);
  });

  it('refuses a wrong current password, and audits the attempt', async () => {
    const agent = await signedIn(app, 'operator');
    const response = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: agent.headers,
      payload: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
    });
    expect(response.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    expect((await signInAs(app, agent.user.name, agent.password)).user.id).toBe(agent.user.id);
    const { events } = await app.storage.audit.query({ action: 'account.change-password', userId: agent.user.id }, { limit: 5 });
    expect(events).toMatchObject([{ outcome: 'failed', errorCode: 'INVALID_CREDENTIALS' }]);
  });

  it('refuses a new password shorter than 12 characters', async () => {
    const agent = await signedIn(app, 'viewer');
    const response = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: agent.headers,
      payload: { currentPassword: agent.password, newPassword: 'short' },
    });
    expect(response.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });
});
