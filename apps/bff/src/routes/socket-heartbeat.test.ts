import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { keepSocketChecked } from './socket-heartbeat.ts';

const log = pino({ level: 'silent' });
let server: WebSocketServer | undefined;
afterEach(async () => {
  const closing = server;
  server = undefined;
  for (const client of closing?.clients ?? []) client.terminate();
  await new Promise((resolve) => closing?.close(resolve));
});

/** A server that watches each socket with `allowed`, and a client connected to it. */
async function pair(allowed: () => Promise<boolean>, clientOptions: { autoPong?: boolean } = {}): Promise<WebSocket> {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  server.on('connection', (socket) => keepSocketChecked(socket, { stillAllowed: allowed, log, what: 'a test socket', beatMs: 40 }));
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`, clientOptions);
  await once(client, 'open');
  return client;
}

it('keeps a socket whose client answers pings and whose session is valid', async () => {
  const client = await pair(async () => true);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(client.readyState).toBe(WebSocket.OPEN);
  client.close();
});

it('closes with 1008 once the session no longer allows the terminal', async () => {
  const client = await pair(async () => false);
  const [code] = (await once(client, 'close')) as [number];
  expect(code).toBe(1008);
});

it('drops a half-open client that stopped answering pings', async () => {
  const client = await pair(async () => true, { autoPong: false });
  const [code] = (await once(client, 'close')) as [number];
  expect(code).toBe(1006);
});
