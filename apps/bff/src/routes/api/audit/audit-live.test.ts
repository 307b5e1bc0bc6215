import { once } from 'node:events';
import type { AuditLiveMessage } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let origin: string;
beforeAll(async () => {
  app = await buildTestApp();
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => app.close());

it('sends an admin every audit entry written after they connected', async () => {
  const admin = await signedIn(app, 'admin');
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/api/audit/live`, { headers: { cookie: admin.cookie, origin } });
  await once(socket, 'open');
  const message = once(socket, 'message');

  await app.audit.record(null, { action: 'user.create', outcome: 'succeeded', target: 'user:dora', detail: 'role viewer' });
  const [data] = (await message) as [Buffer];
  expect(JSON.parse(data.toString('utf8')) as AuditLiveMessage).toEqual({
    type: 'entry',
    entry: expect.objectContaining({ action: 'user.create', target: 'user:dora', outcome: 'succeeded', sourceAddress: 'server' }),
  });

  const closed = once(socket, 'close');
  socket.close();
  await closed;
});

it('refuses a viewer before the upgrade', async () => {
  const viewer = await signedIn(app, 'viewer');
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/api/audit/live`, { headers: { cookie: viewer.cookie, origin } });
  const [error] = (await once(socket, 'error')) as [Error];
  expect(error.message).toBe('Unexpected server response: 403');
});
