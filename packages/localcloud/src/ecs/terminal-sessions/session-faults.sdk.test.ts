import { createServer, type Server } from 'node:net';
import { SessionMessageType, SessionStatusCode } from '@porthole/wire';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionHarness, type SessionHarness } from './session-harness.ts';
import { SessionTestClient } from './session-test-client.ts';

let h: SessionHarness;
let echo: Server;
let echoPort: number;
beforeAll(async () => {
  h = await sessionHarness();
  echo = createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoPort = (echo.address() as { port: number }).port;
});
afterAll(async () => {
  await h.close();
  await new Promise((resolve) => echo.close(resolve));
  expect(h.livePtys()).toEqual([]);
});

/** Re-attaches to the same shell: the original URL plus `&channelId=`, then Sync, as the 1.02 sample does. */
async function resume(url: string, before: SessionTestClient): Promise<SessionTestClient> {
  const next = new SessionTestClient(`${url}&channelId=${before.channelId}`);
  next.channelId = before.channelId;
  next.inputSeq = before.inputSeq;
  next.outputSeq = before.outputSeq;
  await next.opened;
  next.sync();
  await next.waitFor((c) => c.statuses.some((s) => s.code === SessionStatusCode.opened));
  return next;
}

describe('1.02 resume and the fault switches', () => {
  it('resumes the same shell after an abrupt drop (1006), replaying the output the client missed', async () => {
    const { sessionId, url } = await h.startSession();
    const first = new SessionTestClient(url);
    await first.opened;
    await first.ready();
    first.type('export MARK=kept; sleep 0.3; echo while-$((1+1))-away\r');
    await first.waitForText('away\r\n');
    expect(await h.fault({ action: 'drop', sessionId })).toBe(1);
    expect(await first.closed).toBe(1006);
    expect(first.text).not.toContain('while-2-away');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await resume(url, first);
    await second.waitForText('while-2-away');
    second.type('echo "$MARK-$((40+2))"\r');
    await second.waitForText('kept-42');
    expect(second.outputs[0]?.outputSequence).toBe(first.outputSeq + 1);
    await second.close();
  });

  it('closes with Status Frozen then 1012, or with an empty close frame (1005); both resume', async () => {
    const { sessionId, url } = await h.startSession();
    const client = new SessionTestClient(url);
    await client.opened;
    await client.ready();
    await h.fault({ action: 'close', code: 1012, sessionId });
    expect(await client.closed).toBe(1012);
    expect(client.statuses.at(-1)).toEqual({ code: SessionStatusCode.frozen, text: 'ServiceRestart' });
    const again = await resume(url, client);
    await h.fault({ action: 'close', code: 1005, sessionId });
    expect(await again.closed).toBe(1005);
    const third = await resume(url, again);
    third.type('echo still-$((2*3))\r');
    await third.waitForText('still-6');
    await third.close();
  });

  it('loses one Output frame; the client sees the gap, sends Sync and gets it resent', async () => {
    const { sessionId, url } = await h.startSession();
    const client = new SessionTestClient(url);
    await client.opened;
    await client.ready();
    await h.fault({ action: 'lose-output', sessionId });
    client.type('echo lost-$((3*3))\r');
    await new Promise((resolve) => setTimeout(resolve, 200));
    client.type('echo after\r');
    await client.waitFor((c) => (c.outputs.at(-1)?.outputSequence ?? 0) > c.outputSeq + 1);
    const missing = client.outputSeq + 1;
    client.sync();
    await client.waitFor((c) => c.outputs.some((m) => m.outputSequence === missing));
    expect(client.text).toContain('lost-9');
    await client.close();
  });

  it('freezes the relay in both directions until thawed', async () => {
    const { sessionId, url } = await h.startSession();
    const client = new SessionTestClient(url);
    await client.opened;
    await client.ready();
    await h.fault({ action: 'freeze', sessionId });
    client.type('echo frozen-$((5*5))\r');
    const frozenSeq = client.inputSeq;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.text).not.toContain('frozen-25');
    await h.fault({ action: 'thaw', sessionId });
    // The input sent while frozen never arrived: the next one shows a gap, and the gateway asks for a resend
    // from the missing inputSeq with a Sync, which the client answers by resending in order.
    client.type('echo thawed-$((5*5))\r');
    await client.waitFor((c) => c.received.some((m) => m.type === SessionMessageType.sync && m.sequence === frozenSeq));
    client.send(SessionMessageType.input, Buffer.from('echo frozen-$((5*5))\r'), frozenSeq);
    client.send(SessionMessageType.input, Buffer.from('echo thawed-$((5*5))\r'), frozenSeq + 1);
    await client.waitForText(/frozen-25[^]*thawed-25/);
    await client.close();
  });

  it('expires tokens early: new connections and resumes are refused with 401', async () => {
    const { sessionId, url } = await h.startSession();
    const client = new SessionTestClient(url);
    await client.opened;
    await client.ready();
    await h.fault({ action: 'expire-tokens', sessionId });
    await expect(new SessionTestClient(url).opened).rejects.toThrow('HTTP 401');
    await expect(new SessionTestClient(`${url}&channelId=${client.channelId}`).opened).rejects.toThrow('HTTP 401');
    await expect(new SessionTestClient(url.replace(/token=[^&]+/, 'token=wrong')).opened).rejects.toThrow('HTTP 401');
    await client.close();
  });

  it('refuses a resume of an unknown channel with 404', async () => {
    const { url } = await h.startSession();
    await expect(new SessionTestClient(`${url}&channelId=c-0000000000000000`).opened).rejects.toThrow('HTTP 404');
  });

  it('forwards a port: bytes reach a real TCP server on 127.0.0.1 and come back, one connection per socket', async () => {
    const { url } = await h.startSession({ portNumber: echoPort });
    const a = new SessionTestClient(url);
    const b = new SessionTestClient(url);
    await Promise.all([a.opened, b.opened]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    a.type('ping from a');
    b.type('ping from b');
    await a.waitForText('ping from a');
    await b.waitForText('ping from b');
    expect(a.text).toBe('ping from a');
    await Promise.all([a.close(), b.close()]);
  });

  it('fails a port-forwarding connection to a closed port with OpenChannelFailed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const { url } = await h.startSession({ portNumber: port });
    const client = new SessionTestClient(url);
    expect(await client.closed).toBe(1000);
    expect(client.statuses.at(-1)).toEqual({ code: SessionStatusCode.closed, text: 'OpenChannelFailed' });
  });

  it('allows only so many connected sessions per instance (20 by default; 1 here): the socket gets 429, the API SessionCount.ExceedLimit', async () => {
    await h.settings({ maxConnectedPerInstance: 1 });
    try {
      const { url } = await h.startSession();
      const first = new SessionTestClient(url);
      await first.opened;
      await expect(new SessionTestClient(url).opened).rejects.toThrow('HTTP 429');
      await expect(h.startSession()).rejects.toMatchObject({ code: 'SessionCount.ExceedLimit' });
      await first.close();
      await vi.waitFor(async () => expect((await h.startSession()).sessionId).toMatch(/^s-/));
    } finally {
      await h.settings({ maxConnectedPerInstance: 20 });
    }
  });

  it('paces output at the configured bandwidth and announces it with Status Stream', async () => {
    await h.settings({ pacingBps: 80_000 });
    try {
      const client = await h.connect({ commandLine: 'head -c 12000 /dev/zero | tr "\\0" x; echo' });
      const started = Date.now();
      await client.closed;
      const elapsed = Date.now() - started;
      expect(client.text.replaceAll(/\s/g, '')).toBe('x'.repeat(12000));
      // 12 000 bytes at 10 000 bytes/s: at least about a second (the first frame goes at once).
      expect(elapsed).toBeGreaterThan(1000);
      expect(client.received.some((m) => m.payload[0] === SessionStatusCode.stream && m.type === 5)).toBe(true);
    } finally {
      await h.settings({ pacingBps: 0 });
    }
  });
});
