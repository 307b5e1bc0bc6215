import { createCloudClient, staticCredentials, type CloudClient } from '@porthole/cloud';
import { startLocalcloud, type Localcloud } from '@porthole/localcloud';
import type { ExecFraming } from '@porthole/wire';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXEC_DEFAULTS, execUpstream } from './exec-upstream.ts';
import type { UpstreamState } from './upstream.ts';

// The ECI exec adapter against localcloud in both framings the real one might use; it probes which.
const REGION = 'cn-hangzhou';

async function until(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(['k8s', 'raw'] as const)('the exec upstream on a %s server', (serverFraming: ExecFraming) => {
  let localcloud: Localcloud;
  let cloud: CloudClient;
  let target: { containerGroupId: string; containerName: string };

  beforeAll(async () => {
    localcloud = await startLocalcloud({ timing: 'fast', execFraming: serverFraming });
    cloud = createCloudClient({ credentials: staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret: localcloud.accessKeySecret }), endpoint: localcloud.endpoint });
    const page = await cloud.describeContainerGroups({ regionId: REGION, status: 'Running', limit: 100 });
    const group = page.containerGroups.find((candidate) => candidate.containers.length > 0);
    if (!group) throw new Error('no running container group in the seed world');
    target = { containerGroupId: group.containerGroupId, containerName: group.containers[0]?.name ?? '' };
  });
  afterAll(() => localcloud.close());

  it('probes the framing, runs a command, and ends with the exit', { timeout: 15_000 }, async () => {
    const states: { state: UpstreamState; reason: string }[] = [];
    let output = '';
    const upstream = execUpstream(
      cloud,
      { regionId: REGION, ...target, command: ['/bin/sh'], cols: 80, rows: 24 },
      { ...EXEC_DEFAULTS, log: pino({ level: 'silent' }) },
      { output: (bytes) => (output += Buffer.from(bytes).toString('utf8')), state: (state, reason) => states.push({ state, reason }) },
    );
    upstream.open();
    try {
      upstream.input(new TextEncoder().encode('echo $((6*7))\n'));
      await until(() => /\b42\r?\n/.test(output), '42');
      upstream.input(new TextEncoder().encode('exit 3\n'));
      await until(() => states.at(-1)?.state === 'ended', 'ended');
      expect(states[0]?.state).toBe('connected');
      expect(states.at(-1)?.reason).toBe(serverFraming === 'k8s' ? 'the shell exited with code 3' : 'the shell exited');
    } finally {
      upstream.end('test over');
    }
  });
});
