import { once } from 'node:events';
import { Writable } from 'node:stream';
import { routes, type AuditEntry, type TerminalSummary } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { buildTestApp } from '../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../testing/signed-in.ts';
import { startLocalcloudProcess, type LocalcloudProcess } from './testing/localcloud-process.ts';
import { TerminalTestClient } from './testing/terminal-test-client.ts';

// The whole relay on real sockets: browser (ws) -> BFF on 127.0.0.1 -> localcloud's gateway in its
// own process -> a real PTY shell.
const REGION = 'cn-hangzhou';
let localcloud: LocalcloudProcess;
let app: FastifyInstance;
let origin: string;
let operator: SignedInAgent;
let instanceId: string;
const logLines: string[] = [];

beforeAll(async () => {
  localcloud = await startLocalcloudProcess({ LOCALCLOUD_SESSION_PACING: 'off', LOCALCLOUD_SESSION_STARTUP_MS: '100' });
  // Every log line at trace level, to check that no signed URL or token ever reaches one.
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  app = await buildTestApp({ env: { PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint }, logStream });
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
  operator = await signedIn(app, 'operator');
  const page = await app.cloud.describeInstances({ regionId: REGION, status: 'Running', pageSize: 100 });
  const linux = page.instances.filter((instance) => instance.osType === 'linux').map((instance) => instance.instanceId);
  const agents = await app.cloud.describeCloudAssistantStatus(REGION, linux);
  const reachable = agents.find((agent) => agent.online && agent.supportSessionManager);
  if (!reachable) throw new Error('no running Linux instance with Session Manager in the seed world');
  instanceId = reachable.instanceId;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await localcloud?.stop();
});

async function openTerminal(agent: SignedInAgent = operator, body: Record<string, unknown> = {}): Promise<TerminalSummary> {
  const response = await app.inject({ ...routes.openInstanceTerminal, url: `/api/regions/${REGION}/instances/${instanceId}/terminals`, headers: agent.headers, payload: { cols: 100, rows: 30, ...body } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TerminalSummary>();
}

function connect(terminal: TerminalSummary, options: { resumeFrom?: number; autoAck?: boolean; agent?: SignedInAgent } = {}): TerminalTestClient {
  const agent = options.agent ?? operator;
  return new TerminalTestClient(`${origin.replace('http', 'ws')}${terminal.socketPath}`, {
    headers: { cookie: agent.cookie, origin },
    ...(options.resumeFrom === undefined ? {} : { resumeFrom: options.resumeFrom }),
    ...(options.autoAck === undefined ? {} : { autoAck: options.autoAck }),
  });
}

async function until(check: () => boolean, what: string, client?: TerminalTestClient, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; states ${JSON.stringify(client?.states)}, output ${JSON.stringify(client?.text.slice(-300))}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the terminal relay', () => {
  it('runs a command through the relay and shows its answer', async () => {
    const terminal = await openTerminal();
    expect(terminal).toMatchObject({ kind: 'instance', targetId: instanceId, state: 'reserved', socketPath: `/api/terminals/${terminal.id}/socket` });
    const client = connect(terminal);
    await client.opened();
    await until(() => client.lastState === 'connected', 'connected');
    client.type('echo $((6*7))\r');
    await until(() => /\r42\r\n/.test(client.text), '42', client);
    expect(client.discontinuities).toEqual([]);
    await client.close();
  }, 30_000);

  it('passes a resize to the shell', async () => {
    const client = connect(await openTerminal());
    await until(() => client.lastState === 'connected', 'connected');
    client.send({ type: 'resize', cols: 132, rows: 43 });
    client.type('stty size\r');
    await until(() => client.text.includes('43 132'), 'stty size 43 132');
    await client.close();
  }, 30_000);

  it('answers pings with the BFF<->cloud round trip', async () => {
    const client = connect(await openTerminal());
    await until(() => client.lastState === 'connected', 'connected');
    await until(() => {
      client.send({ type: 'ping', id: client.pongs.length + 1, sentAt: 1.5 });
      return client.pongs.some((pong) => pong.upstreamRttMs !== null);
    }, 'a pong with an upstream RTT');
    expect(client.pongs[0]).toMatchObject({ sentAt: 1.5 });
    await client.close();
  }, 30_000);

  it('resumes a dropped browser connection with nothing lost or repeated', async () => {
    const terminal = await openTerminal();
    const first = connect(terminal);
    await until(() => first.lastState === 'connected', 'connected');
    first.type('for i in $(seq 1 400); do echo line-$i; sleep 0.005; done\r');
    await until(() => first.text.includes('line-50'), 'line-50');
    await first.drop();
    const resumeFrom = first.received;
    await new Promise((resolve) => setTimeout(resolve, 300));

    const second = connect(terminal, { resumeFrom });
    await until(() => second.text.includes('line-400'), 'line-400');
    expect(second.states[0]?.state).toBe('resumed');
    expect(second.discontinuities).toEqual([]);
    const whole = first.text + second.text;
    for (let i = 1; i <= 400; i += 1) expect(whole.split(`line-${i}\r\n`).length - 1, `line-${i}`).toBe(1);
    await second.close();
  }, 30_000);

  it('refuses a resume from bytes it never sent', async () => {
    const terminal = await openTerminal();
    const first = connect(terminal);
    await until(() => first.lastState === 'connected', 'connected');
    await first.close();
    const late = connect(terminal, { resumeFrom: 10_000_000 });
    const [code] = (await once(late.socket, 'close')) as [number];
    expect(code).toBe(4410);
    expect(late.states.at(-1)).toMatchObject({ state: 'ended', reason: expect.stringContaining('resume impossible') });
  }, 30_000);

  it('re-attaches to the shell after the gateway restarts (1.02 channelId + Sync)', async () => {
    const client = connect(await openTerminal());
    await until(() => client.lastState === 'connected', 'connected');
    client.type('export MARK=kept-$((40+2))\r');
    await until(() => client.text.includes('kept-'), 'the export echoed');
    await localcloud.admin('POST', '/__localcloud/sessions/faults', { action: 'close', code: 1012 });
    await until(() => client.states.some((s) => s.state === 'reconnecting'), 'reconnecting');
    await until(() => client.lastState === 'resumed', 'resumed');
    client.type('echo $MARK\r');
    await until(() => client.text.includes('kept-42\r\n'), 'the same shell');
    expect(client.discontinuities).toEqual([]);
    await client.close();
  }, 30_000);

  it('ends with the reason when the shell exits, and says so on GET', async () => {
    const entries: AuditEntry[] = [];
    const subscription = app.audit.subscribe((entry) => entries.push(entry));
    const terminal = await openTerminal();
    const client = connect(terminal);
    await until(() => client.lastState === 'connected', 'connected');
    client.type('exit\r');
    await until(() => client.lastState === 'ended', 'ended');
    expect(client.states.at(-1)?.reason).toBe('the shell exited');
    await until(() => entries.some((entry) => entry.action === 'terminal.session' && entry.outcome === 'succeeded'), 'the audit entry completed');
    subscription.dispose();
    expect(entries.filter((entry) => entry.action === 'terminal.session')).toEqual([
      expect.objectContaining({ outcome: 'pending', instanceId, detail: expect.stringContaining(terminal.id) }),
      expect.objectContaining({ outcome: 'succeeded', instanceId }),
    ]);
    const read = await app.inject({ ...routes.terminal, url: `/api/terminals/${terminal.id}`, headers: operator.headers });
    expect(read.json<TerminalSummary>()).toMatchObject({ state: 'ended', endReason: 'the shell exited', recordingId: expect.any(String) });
  }, 30_000);

  it('lets only the owner (or an admin) connect, read or end a terminal', async () => {
    const terminal = await openTerminal();
    const stranger = await signedIn(app, 'operator');
    const intruder = connect(terminal, { agent: stranger });
    const [code] = (await once(intruder.socket, 'close')) as [number];
    expect(code).toBe(4404);
    const read = await app.inject({ ...routes.terminal, url: `/api/terminals/${terminal.id}`, headers: stranger.headers });
    expect(read.statusCode).toBe(404);

    const noOrigin = new WebSocket(`${origin.replace('http', 'ws')}${terminal.socketPath}`, { headers: { cookie: operator.cookie, origin: 'https://evil.example' } });
    const [error] = (await once(noOrigin, 'error')) as [Error];
    expect(error.message).toBe('Unexpected server response: 403');
    const anonymous = new WebSocket(`${origin.replace('http', 'ws')}${terminal.socketPath}`, { headers: { origin } });
    const [refused] = (await once(anonymous, 'error')) as [Error];
    expect(refused.message).toBe('Unexpected server response: 401');

    const admin = await signedIn(app, 'admin');
    const ended = await app.inject({ ...routes.endTerminal, url: `/api/terminals/${terminal.id}`, headers: admin.headers });
    expect(ended.statusCode).toBe(204);
  }, 30_000);

  it('refuses more terminals than the per-user limit', async () => {
    const busy = await signedIn(app, 'operator');
    for (let i = 0; i < 8; i += 1) await openTerminal(busy);
    const response = await app.inject({ ...routes.openInstanceTerminal, url: `/api/regions/${REGION}/instances/${instanceId}/terminals`, headers: busy.headers, payload: {} });
    expect(response.statusCode).toBe(429);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('TERMINAL_LIMIT');
  }, 30_000);
});

describe('flow control', () => {
  it('keeps a `yes` flood bounded in the BFF with a slow reader, and Ctrl-C stops it quickly', async () => {
    const summary = await openTerminal();
    const client = connect(summary, { autoAck: false });
    await until(() => client.lastState === 'connected', 'connected', client);
    const terminal = app.terminals.registry.get(summary.id);
    if (!terminal) throw new Error('the terminal is not registered');
    const memory = () => {
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const baseline = memory();
    let peakMemory = baseline;
    let peakUnacked = 0;
    let peakBuffered = 0;
    let rendered = client.received;
    // A slow browser: renders 16 KiB every 50 ms (320 KiB/s) and acknowledges that.
    const reader = setInterval(() => {
      rendered = Math.min(client.received, rendered + 16 * 1024);
      client.ack(rendered);
      peakUnacked = Math.max(peakUnacked, terminal.unackedBytes);
      peakBuffered = Math.max(peakBuffered, app.terminals.registry.bufferedBytes);
      peakMemory = Math.max(peakMemory, memory());
    }, 50);
    try {
      client.type('yes\r');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(client.received, 'the flood reached the browser').toBeGreaterThan(512 * 1024);
      // The relay's own bound: the replay history plus at most the high-water mark unrendered.
      expect(peakUnacked).toBeLessThanOrEqual(256 * 1024 + 64 * 1024);
      expect(peakBuffered).toBeLessThanOrEqual(1024 * 1024 + 256 * 1024 + 64 * 1024);
      expect(peakMemory - baseline, 'heap + array buffers growth').toBeLessThan(64 * 1024 * 1024);
    } finally {
      clearInterval(reader);
    }

    // Ctrl-C, then a browser that keeps up: the flood stops and the prompt is back within a second or so.
    const stopAsked = performance.now();
    client.type('\x03');
    const fast = setInterval(() => client.ack(), 10);
    try {
      const before = client.received;
      await until(() => /\^C\r\n[^\n]*[#$] $/.test(client.textFrom(Math.max(0, client.text.length - 2048))) && client.received > before, 'the prompt after ^C', client, 5_000);
    } finally {
      clearInterval(fast);
    }
    expect(performance.now() - stopAsked).toBeLessThan(2_000);
    await client.close();
  }, 30_000);
});

describe('ECI containers', () => {
  async function runningGroup() {
    const page = await app.cloud.describeContainerGroups({ regionId: REGION, status: 'Running', limit: 100 });
    const group = page.containerGroups.find((candidate) => candidate.containers.length > 0);
    if (!group) throw new Error('no running container group in the seed world');
    return { id: group.containerGroupId, container: group.containers[0]?.name ?? '' };
  }

  it('opens a shell in a container and lists /', async () => {
    const group = await runningGroup();
    const response = await app.inject({
      ...routes.openContainerTerminal,
      url: `/api/regions/${REGION}/container-groups/${group.id}/terminals`,
      headers: operator.headers,
      payload: { containerName: group.container, shell: '/bin/sh' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const client = connect(response.json<TerminalSummary>());
    await until(() => client.lastState === 'connected', 'connected', client);
    client.type('ls /\r');
    await until(() => /\betc\b/.test(client.text) && /\bbin\b/.test(client.text), 'the listing of /', client);
    await client.close();
  }, 30_000);

  it('runs a one-shot command (Sync) and audits it', async () => {
    const group = await runningGroup();
    const entries: AuditEntry[] = [];
    const subscription = app.audit.subscribe((entry) => entries.push(entry));
    const response = await app.inject({
      ...routes.containerExec,
      url: `/api/regions/${REGION}/container-groups/${group.id}/exec`,
      headers: operator.headers,
      payload: { containerName: group.container, command: ['/bin/sh', '-c', 'echo $((6*7))'] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ output: string }>().output).toContain('42');
    subscription.dispose();
    expect(entries.at(-1)).toMatchObject({ action: 'container.exec', outcome: 'succeeded', detail: 'runs /bin/sh' });
  }, 30_000);
});

it('never writes a signed URL or session token to a log line', () => {
  // The relay did log its sessions (with their ids), so the check below looked at real lines.
  expect(logLines.some((line) => line.includes('terminal session started') && line.includes('"sessionId":"s-'))).toBe(true);
  const leaks = logLines.filter((line) => /token=|\/session\?|\/exec\/\?s=|securityToken|webSocketUrl|WebSocketUri/i.test(line));
  expect(leaks).toEqual([]);
});
