import { inspect } from 'node:util';
import { startLocalcloud, type Localcloud } from '@porthole/localcloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudClient, type CloudClient } from './cloud-client.ts';
import { CloudError } from './cloud-error.ts';
import { staticCredentials } from './credentials.ts';
import { SessionSecret } from './session-secret.ts';

// The real SDKs against a real localcloud: the terminal calls' shapes, and secrets that never print.
const REGION = 'cn-hangzhou';
let localcloud: Localcloud;
let client: CloudClient;

beforeAll(async () => {
  localcloud = await startLocalcloud({ timing: 'fast' });
  client = createCloudClient({
    credentials: staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret: localcloud.accessKeySecret }),
    endpoint: localcloud.endpoint,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
  });
});
afterAll(() => localcloud.close());

async function sessionCapableInstance(): Promise<string> {
  const page = await client.describeInstances({ regionId: REGION, status: 'Running', pageSize: 100 });
  const linux = page.instances.filter((instance) => instance.osType === 'linux').map((instance) => instance.instanceId);
  const agent = (await client.describeCloudAssistantStatus(REGION, linux)).find((status) => status.online && status.supportSessionManager);
  if (!agent) throw new Error('no instance with Session Manager in the seed world');
  return agent.instanceId;
}

describe('SessionSecret', () => {
  it('prints a placeholder everywhere except reveal()', () => {
    const secret = new SessionSecret('ws://gateway/session?token=t0p-s3cret');
    expect(JSON.stringify({ secret })).not.toContain('s3cret');
    expect(String(secret)).not.toContain('s3cret');
    expect(inspect({ secret })).not.toContain('s3cret');
    expect(secret.reveal()).toBe('ws://gateway/session?token=t0p-s3cret');
  });
});

describe('terminal sessions', () => {
  it('starts, describes and ends a Session Manager session; the URL and token stay secrets', async () => {
    const instanceId = await sessionCapableInstance();
    const session = await client.startTerminalSession({ regionId: REGION, instanceId, username: 'root' });
    expect(session.sessionId).toMatch(/^s-/);
    expect(session.requestId).not.toBe('');
    expect(session.webSocketUrl.reveal()).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/session\?sessionId=/);
    expect(session.webSocketUrl.reveal()).toContain(`token=${session.securityToken.reveal()}`);
    expect(JSON.stringify(session)).not.toContain(session.securityToken.reveal());

    const described = await client.describeTerminalSessions({ regionId: REGION, sessionId: session.sessionId });
    expect(described.sessions).toEqual([expect.objectContaining({ sessionId: session.sessionId, username: 'root' })]);

    expect((await client.endTerminalSession(REGION, session.sessionId)).requestId).not.toBe('');
  });

  it('maps a refusal to a CloudError', async () => {
    const error = await client.startTerminalSession({ regionId: REGION, instanceId: 'i-doesnotexist' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ code: 'InvalidInstance.NotFound' });
  });
});

describe('container exec', () => {
  async function runningContainer() {
    const page = await client.describeContainerGroups({ regionId: REGION, status: 'Running', limit: 100 });
    const group = page.containerGroups.find((candidate) => candidate.containers.length > 0);
    if (!group) throw new Error('no running container group');
    const byId = await client.describeContainerGroups({ regionId: REGION, containerGroupIds: [group.containerGroupId] });
    expect(byId.containerGroups.map((found) => found.containerGroupId)).toEqual([group.containerGroupId]);
    return { containerGroupId: group.containerGroupId, containerName: group.containers[0]?.name ?? '' };
  }

  it('runs a command with Sync and gives its output without a socket', async () => {
    const target = await runningContainer();
    const result = await client.execContainerCommand({ regionId: REGION, ...target, command: ['/bin/sh', '-c', 'echo $((6*7))'], sync: true, tty: false, stdin: false });
    expect(result.syncResponse).toContain('42');
    expect(result.webSocketUri).toBeUndefined();
  });

  it('gives an exec WebSocket URI, hidden from JSON', async () => {
    const target = await runningContainer();
    const result = await client.execContainerCommand({ regionId: REGION, ...target, command: ['/bin/sh'], tty: true, stdin: true });
    expect(result.webSocketUri?.reveal()).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/exec\/\?s=/);
    expect(JSON.stringify(result)).not.toContain('/exec/');
  });
});
