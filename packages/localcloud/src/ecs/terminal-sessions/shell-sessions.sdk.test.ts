import { SessionMessageType, SessionStatusCode } from '@porthole/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHarness, type SessionHarness } from './session-harness.ts';

let h: SessionHarness;
beforeAll(async () => {
  h = await sessionHarness({ startupDelayMs: 300 });
});
afterAll(async () => {
  await h.close();
  // Every shell died with the simulator: no PTY or guest process of its sandbox is left.
  expect(h.livePtys()).toEqual([]);
});

describe('the session WebSocket runs a real shell on a PTY in the instance sandbox', () => {
  it('opens with Opening then Opened, drops input during the start-up window, then runs what is typed', async () => {
    const client = await h.connect();
    await client.waitFor((c) => c.statuses.length >= 2);
    expect(client.statuses.slice(0, 2)).toEqual([
      { code: SessionStatusCode.opening, text: 'Opening' },
      { code: SessionStatusCode.opened, text: 'Opened' },
    ]);
    expect(client.channelId).toMatch(/^c-[0-9a-f]{16}$/);
    client.type('echo dropped-$((1+1))\r');
    await client.ready();
    client.type('echo $((6*7))\r');
    await client.waitForText(/\r42\r\n/);
    expect(client.text).not.toContain('dropped-2');
    // Output frames are numbered 1, 2, 3… and acknowledge the input received so far.
    expect(client.outputs.map((m) => m.outputSequence)).toEqual(client.outputs.map((_, i) => i + 1));
    expect(client.outputs.at(-1)?.sequence).toBe(2);
    await client.close();
  });

  it('resizes the PTY with both set_size forms, and `stty size` shows it', async () => {
    const client = await h.connect();
    await client.ready();
    client.resize(132, 43);
    client.type('stty size\r');
    await client.waitForText('43 132');
    client.resize(90, 30, 'json');
    client.type('stty size\r');
    await client.waitForText('30 90');
    await client.close();
  });

  it('logs in as the requested user and honours CommandLine; the end is Status Closed "Exit" then close 1000', async () => {
    const client = await h.connect({ username: 'ecs-user', commandLine: 'echo "$(whoami) in $PWD on $(hostname)"; exit 3' });
    expect(await client.closed).toBe(1000);
    expect(client.text).toMatch(/ecs-user in \/home\/ecs-user on prod-web-02/);
    expect(client.statuses.at(-1)).toEqual({ code: SessionStatusCode.closed, text: 'Exit' });
  });

  it('ends with UserNotExists for an account the instance lacks', async () => {
    const client = await h.connect({ username: 'nobody-here' });
    expect(await client.closed).toBe(1000);
    expect(client.statuses.at(-1)).toEqual({ code: SessionStatusCode.closed, text: 'UserNotExists' });
  });

  it('answers a 1.01 client in 1.01: no channel id, one counter from 0 for every server message', async () => {
    const client = await h.connect({}, '1.01');
    client.resize(80, 24);
    await client.ready();
    client.type('echo v$((100+1))\r');
    await client.waitForText('v101');
    const after = client.received.slice(client.received.findIndex((m) => m.schemaVersion === '1.01'));
    expect(after.every((m) => m.schemaVersion === '1.01' && m.sessionId === '')).toBe(true);
    const sequences = after.map((m) => m.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => (sequences[0] ?? 0) + i));
    await client.close();
  });

  it('closes the shell on a client Close (type 3)', async () => {
    const client = await h.connect();
    await client.ready();
    client.send(SessionMessageType.close, Buffer.from('1'));
    expect(await client.closed).toBe(1000);
    expect(client.statuses.at(-1)?.text).toBe('Exit');
  });

  it('cuts a connection after 3 minutes with no client message, whatever the output; client messages reset it', async () => {
    const client = await h.connect({ commandLine: 'while :; do echo tick; sleep 0.2; done' });
    await client.ready();
    h.clock.advance(170_000);
    client.send(SessionMessageType.input, new Uint8Array(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    h.clock.advance(170_000);
    expect(client.closeCode).toBeUndefined();
    h.clock.advance(10_001);
    expect(await client.closed).toBe(1000);
    expect(client.statuses.at(-1)).toEqual({ code: SessionStatusCode.closed, text: 'AgentTimeout' });
  });

  it('ends any session after 3 hours, busy or not', async () => {
    await h.settings({ idleTimeoutMs: 4 * 3_600_000 });
    try {
      const client = await h.connect();
      await client.ready();
      h.clock.advance(3 * 3_600_000);
      expect(await client.closed).toBe(1000);
      expect(client.statuses.at(-1)).toEqual({ code: SessionStatusCode.closed, text: 'SessionTimeout' });
    } finally {
      await h.settings({ idleTimeoutMs: 180_000 });
    }
  });
});
