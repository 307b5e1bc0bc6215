import { createCloudClient, staticCredentials, type CloudClient } from '@porthole/cloud';
import { ADMIN_TOKEN_HEADER, startLocalcloud, type Localcloud } from '@porthole/localcloud';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_MANAGER_DEFAULTS, sessionManagerUpstream, type SessionManagerOptions } from './session-manager-upstream.ts';
import type { Upstream, UpstreamState } from './upstream.ts';

// The Session Manager adapter alone against localcloud's gateway, with its timers shortened.
const REGION = 'cn-hangzhou';
const IDLE_CUT_MS = 1_500;
let localcloud: Localcloud;
let cloud: CloudClient;
let instanceId: string;
const open: Upstream[] = [];

beforeAll(async () => {
  localcloud = await startLocalcloud({ timing: 'fast', sessions: { pacingBps: 0, startupDelayMs: 100, idleTimeoutMs: IDLE_CUT_MS } });
  cloud = createCloudClient({ credentials: staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret: localcloud.accessKeySecret }), endpoint: localcloud.endpoint });
  const page = await cloud.describeInstances({ regionId: REGION, status: 'Running', pageSize: 100 });
  const linux = page.instances.filter((instance) => instance.osType === 'linux').map((instance) => instance.instanceId);
  const agent = (await cloud.describeCloudAssistantStatus(REGION, linux)).find((status) => status.online && status.supportSessionManager);
  if (!agent) throw new Error('no instance with Session Manager in the seed world');
  instanceId = agent.instanceId;
});
afterEach(() => {
  for (const upstream of open.splice(0)) upstream.end('test over');
});
afterAll(() => localcloud.close());

async function fault(body: unknown): Promise<void> {
  const response = await fetch(`${localcloud.url}/__localcloud/sessions/faults`, { method: 'POST', headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: localcloud.adminToken }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`fault: ${response.status}`);
}

function shell(options: Partial<SessionManagerOptions> = {}) {
  const states: { state: UpstreamState; reason: string }[] = [];
  let output = '';
  const upstream = sessionManagerUpstream(
    cloud,
    { regionId: REGION, instanceId, cols: 80, rows: 24 },
    { ...SESSION_MANAGER_DEFAULTS, resumeDelayMs: 50, ...options, log: pino({ level: 'silent' }) },
    { output: (bytes) => (output += Buffer.from(bytes).toString('utf8')), state: (state, reason) => states.push({ state, reason }) },
  );
  open.push(upstream);
  upstream.open();
  return {
    upstream,
    states,
    get output() {
      return output;
    },
    type: (text: string) => upstream.input(new TextEncoder().encode(text)),
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const lastState = (s: { states: { state: UpstreamState }[] }) => s.states.at(-1)?.state;

describe('the Session Manager upstream', () => {
  it('holds input typed before the shell is up and delivers it once it is', async () => {
    const session = shell();
    session.type('echo early-$((1+1))\r');
    await until(() => session.output.includes('early-2\r\n'), 'the early input run');
  });

  it('speaks 1.01 when told to', async () => {
    const session = shell({ protocol: '1.01' });
    await until(() => lastState(session) === 'connected', 'connected');
    session.type('echo $((6*7))\r');
    await until(() => /\r42\r\n/.test(session.output), '42');
  });

  it('keeps an idle session alive under the idle cut, which ends one without keepalive', async () => {
    const kept = shell({ keepaliveMs: 400 });
    const cut = shell({ keepaliveMs: 60_000 });
    await until(() => lastState(kept) === 'connected' && lastState(cut) === 'connected', 'both connected');
    await until(() => lastState(cut) === 'ended', 'the idle cut', IDLE_CUT_MS * 3);
    expect(cut.states.at(-1)?.reason).toMatch(/idle/);
    expect(lastState(kept)).toBe('connected');
    kept.type('echo still-$((2+2))\r');
    await until(() => kept.output.includes('still-4\r\n'), 'the kept shell answering');
  });

  it('recovers a lost output frame through Sync', async () => {
    const session = shell({ keepaliveMs: 60_000 });
    await until(() => lastState(session) === 'connected' && session.output.includes('#'), 'a prompt');
    await fault({ action: 'lose-output' });
    session.type('echo one-$((1)); echo two-$((2))\r');
    await until(() => session.output.includes('one-1\r\n') && session.output.includes('two-2\r\n'), 'both lines');
  });

  it('re-attaches once after a network drop (1006), then resumes the same shell', async () => {
    const session = shell({ keepaliveMs: 400 });
    await until(() => lastState(session) === 'connected' && session.output.includes('#'), 'a prompt');
    session.type('X=same-$((3*3))\r');
    await fault({ action: 'drop' });
    await until(() => lastState(session) === 'resumed', `resumed (${JSON.stringify(session.states)})`, 4_000);
    session.type('echo $X\r');
    await until(() => session.output.includes('same-9\r\n'), `the variable from before the drop ${JSON.stringify(session.states)} ${JSON.stringify(session.output)}`);
  }, 15_000);

  it('ends with the reason when a re-attach is refused', async () => {
    const session = shell({ keepaliveMs: 400 });
    await until(() => lastState(session) === 'connected', 'connected');
    await fault({ action: 'expire-tokens' });
    await fault({ action: 'drop' });
    await until(() => lastState(session) === 'ended', 'ended');
    expect(session.states.map((s) => s.state)).toEqual(['connected', 'reconnecting', 'ended']);
  });
});

describe('a paced session', () => {
  it('sends a large paste at the session bandwidth, all of it', async () => {
    const response = await fetch(`${localcloud.url}/__localcloud/sessions/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: localcloud.adminToken },
      body: JSON.stringify({ pacingBps: 200 * 1024 }),
    });
    expect(response.ok).toBe(true);
    try {
      const session = shell({ keepaliveMs: 400 });
      await until(() => lastState(session) === 'connected' && session.output.includes('#'), 'a prompt');
      session.type('stty -echo; wc -c\r');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      // 50 KiB of 100-byte lines (a PTY line holds at most 4095 bytes), then Ctrl-D.
      const paste = `${'a'.repeat(99)}\n`.repeat(512);
      session.type(paste);
      session.type('\x04');
      await until(() => session.output.includes('51200'), 'wc -c counting every byte', 15_000);
      // 51 200 bytes at 25 600 bytes/s, less the burst: well over a second.
      expect(performance.now() - started).toBeGreaterThan(1_500);
    } finally {
      await fetch(`${localcloud.url}/__localcloud/sessions/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: localcloud.adminToken },
        body: JSON.stringify({ pacingBps: 0 }),
      });
    }
  }, 20_000);
});
