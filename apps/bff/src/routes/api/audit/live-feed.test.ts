import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { AuditEntry } from '@porthole/contract';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AuditListener, AuditTrail } from '../../../plugins/app/audit.ts';
import { followAuditTrail, type LiveFeedOptions, type StillAllowed } from './live-feed.ts';

const log = pino({ level: 'silent' });

/** Only the subscription side of the trail, so a test can emit entries by hand. */
function fakeTrail() {
  const listeners = new Set<AuditListener>();
  const trail = {
    subscribe(listener: AuditListener) {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
  } as unknown as AuditTrail;
  return { trail, listeners, emit: (entry: AuditEntry) => listeners.forEach((listener) => listener(entry)) };
}

const entry = (id: string): AuditEntry => ({
  id,
  userId: 'user-ada',
  userName: 'ada',
  sourceAddress: '127.0.0.1',
  action: 'instance.stop',
  regionId: 'cn-hangzhou',
  instanceId: 'i-one',
  target: null,
  detail: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  completedAt: null,
  outcome: 'pending',
  errorCode: null,
  cloudRequestId: null,
});

let server: WebSocketServer | undefined;
afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(trail: AuditTrail, options: LiveFeedOptions, stillAllowed: StillAllowed = async () => true): Promise<string> {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (socket) => followAuditTrail(socket, trail, stillAllowed, log, options));
  await once(server, 'listening');
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('followAuditTrail', () => {
  it('sends each entry as a message and unsubscribes when the client leaves', async () => {
    const { trail, listeners, emit } = fakeTrail();
    const client = new WebSocket(await serve(trail, { heartbeatMs: 10_000, maxBufferedBytes: 1024 * 1024 }));
    await once(client, 'open');
    await expect.poll(() => listeners.size).toBe(1);

    const received = once(client, 'message');
    emit(entry('one'));
    const [data] = (await received) as [Buffer];
    expect(JSON.parse(data.toString('utf8'))).toEqual({ type: 'entry', entry: entry('one') });

    client.close();
    await expect.poll(() => listeners.size).toBe(0);
  });

  it('drops a client that stops answering pings', async () => {
    const { trail, listeners } = fakeTrail();
    // autoPong off: the client behaves like a peer that vanished without closing.
    const client = new WebSocket(await serve(trail, { heartbeatMs: 30, maxBufferedBytes: 1024 * 1024 }), { autoPong: false });
    const closed = once(client, 'close');
    await once(client, 'open');
    const [code] = (await closed) as [number];
    expect(code).toBe(1006);
    await expect.poll(() => listeners.size).toBe(0);
  });

  it('keeps a client that answers pings', async () => {
    const { trail, listeners } = fakeTrail();
    const client = new WebSocket(await serve(trail, { heartbeatMs: 20, maxBufferedBytes: 1024 * 1024 }));
    await once(client, 'open');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(client.readyState).toBe(WebSocket.OPEN);
    expect(listeners.size).toBe(1);
    client.close();
  });

  it('closes the feed once the session no longer allows it', async () => {
    const { trail, listeners } = fakeTrail();
    let allowed = true;
    const client = new WebSocket(await serve(trail, { heartbeatMs: 20, maxBufferedBytes: 1024 * 1024 }, async () => allowed));
    const closed = once(client, 'close');
    await once(client, 'open');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(client.readyState).toBe(WebSocket.OPEN);
    allowed = false;
    const [code] = (await closed) as [number];
    expect(code).toBe(1008);
    await expect.poll(() => listeners.size).toBe(0);
  });
});
