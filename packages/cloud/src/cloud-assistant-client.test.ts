import { startLocalcloud, type Localcloud } from '@porthole/localcloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudInvocationResult } from './cloud-assistant-shapes.ts';
import { createCloudClient, type CloudClient } from './cloud-client.ts';
import { CloudError } from './cloud-error.ts';
import type { CloudInstance } from './cloud-shapes.ts';
import { staticCredentials } from './credentials.ts';

// Cloud Assistant through the real SDK against a real localcloud, whose scripts really run.
let localcloud: Localcloud;
let client: CloudClient;
let linux: CloudInstance[];
const REGION = 'cn-hangzhou';

beforeAll(async () => {
  localcloud = await startLocalcloud({ timing: 'fast' });
  client = createCloudClient({
    credentials: staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret: localcloud.accessKeySecret }),
    endpoint: localcloud.endpoint,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
  const running = await client.describeInstances({ regionId: REGION, status: 'Running', pageSize: 100 });
  const agents = await client.describeCloudAssistantStatus(REGION, running.instances.map((i) => i.instanceId));
  // Newest agent first: rate/at schedules need 2.2.3.282 or later, and the seed has older agents too.
  const versions = new Map(agents.filter((agent) => agent.online).map((agent) => [agent.instanceId, agent.version ?? '']));
  const newestFirst = (a: CloudInstance, b: CloudInstance) => (versions.get(b.instanceId) ?? '').localeCompare(versions.get(a.instanceId) ?? '', 'en', { numeric: true });
  linux = running.instances.filter((i) => i.osType === 'linux' && versions.has(i.instanceId)).sort(newestFirst);
  if (linux.length < 2) throw new Error('the seed world has fewer than two running Linux instances with an agent');
});
afterAll(() => localcloud.close());

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('the call should have failed'), (error: unknown) => error);
const ids = (count: number) => linux.slice(0, count).map((i) => i.instanceId);

/** Every result of a task once no instance is still pending, scheduled or running. */
async function finished(invokeId: string): Promise<readonly CloudInvocationResult[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { results } = await client.describeInvocationResults({ regionId: REGION, invokeId, maxResults: 50 });
    if (results.length > 0 && results.every((r) => !['Pending', 'Scheduled', 'Running', 'Stopping'].includes(r.invocationStatus))) return results;
    if (Date.now() > deadline) throw new Error(`${invokeId} did not finish: ${JSON.stringify(results.map((r) => r.invocationStatus))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('commands', () => {
  it('creates a command from plain text and reads it back decoded, with its parameters', async () => {
    const content = 'echo "héllo {{name}}" # ✓';
    const { commandId } = await client.createCommand({ regionId: REGION, name: 'greet', type: 'RunShellScript', content, enableParameter: true, timeoutSeconds: 30 });
    expect(commandId).toMatch(/^c-/);
    const { commands, totalCount } = await client.describeCommands({ regionId: REGION, commandId });
    expect(totalCount).toBe(1);
    expect(commands[0]).toMatchObject({ commandId, name: 'greet', type: 'RunShellScript', content, timeoutSeconds: 30, enableParameter: true, parameterNames: ['name'], provider: undefined });
  });

  it('finds commands by a wildcard name, page by page', async () => {
    for (const name of ['backup-db', 'backup-logs', 'restart-nginx']) {
      await client.createCommand({ regionId: REGION, name, type: 'RunShellScript', content: `echo ${name}` });
    }
    const first = await client.describeCommands({ regionId: REGION, name: '*backup*', maxResults: 1 });
    expect(first).toMatchObject({ totalCount: 2, nextToken: expect.any(String) });
    const second = await client.describeCommands({ regionId: REGION, name: '*backup*', maxResults: 1, nextToken: first.nextToken! });
    expect([...first.commands, ...second.commands].map((c) => c.name).sort()).toEqual(['backup-db', 'backup-logs']);
    expect(second.nextToken).toBeUndefined();
  });

  it("lists the cloud's common commands apart from the account's own", async () => {
    const common = await client.describeCommands({ regionId: REGION, provider: 'AlibabaCloud', latest: true, maxResults: 50 });
    expect(common.commands.length).toBeGreaterThan(0);
    expect(common.commands.every((c) => c.provider?.startsWith('AlibabaCloud'))).toBe(true);
    const own = await client.describeCommands({ regionId: REGION, maxResults: 50 });
    expect(own.commands.every((c) => c.provider === undefined)).toBe(true);
  });

  it('modifies and deletes a command', async () => {
    const { commandId } = await client.createCommand({ regionId: REGION, name: 'old', type: 'RunShellScript', content: 'echo old' });
    await client.modifyCommand({ regionId: REGION, commandId, name: 'new', description: 'renamed ✓', timeoutSeconds: 120 });
    expect((await client.describeCommands({ regionId: REGION, commandId })).commands[0]).toMatchObject({ name: 'new', description: 'renamed ✓', content: 'echo old', timeoutSeconds: 120 });
    expect(await client.deleteCommand(REGION, commandId)).toEqual({ requestId: expect.any(String) });
    expect((await client.describeCommands({ regionId: REGION, commandId })).commands).toEqual([]);
  });

  it('creates once per ClientToken', async () => {
    const input = { regionId: REGION, name: 'tokened', type: 'RunShellScript', content: 'true', clientToken: 'create-token-1' };
    const first = await client.createCommand(input);
    expect((await client.createCommand(input)).commandId).toBe(first.commandId);
    expect((await client.describeCommands({ regionId: REGION, name: 'tokened' })).totalCount).toBe(1);
  });
});

describe('invocations', () => {
  it('invokes a saved command with parameters and reads each instance’s decoded output', async () => {
    const { commandId } = await client.createCommand({ regionId: REGION, name: 'hello', type: 'RunShellScript', content: 'echo "hello {{name}} ✓"', enableParameter: true });
    const { invokeId } = await client.invokeCommand({ regionId: REGION, commandId, instanceIds: ids(2), parameters: { name: 'Jack' } });
    expect(invokeId).toMatch(/^t-/);
    const results = await finished(invokeId);
    expect(results.map((r) => r.instanceId).sort()).toEqual(ids(2).sort());
    for (const result of results) {
      expect(result).toMatchObject({ invokeId, commandId, invocationStatus: 'Success', exitCode: 0, output: 'hello Jack ✓\n', dropped: 0, finishedTime: expect.any(String) });
    }
    const { invocations } = await client.describeInvocations({ regionId: REGION, invokeId });
    expect(invocations[0]).toMatchObject({
      invokeId,
      commandName: 'hello',
      commandContent: 'echo "hello {{name}} ✓"',
      parameters: { name: 'Jack' },
      repeatMode: 'Once',
      invocationStatus: 'Success',
      frequency: undefined,
    });
    expect(invocations[0]?.instances.map((i) => i.invocationStatus)).toEqual(['Success', 'Success']);
  });

  it('runs inline content, and replaces bytes that are not UTF-8', async () => {
    const { invokeId, commandId } = await client.runCommand({ regionId: REGION, type: 'RunShellScript', content: "printf 'bad \\377 byte'; exit 3", instanceIds: ids(1) });
    expect(commandId).toMatch(/^c-/);
    const [result] = await finished(invokeId);
    expect(result).toMatchObject({ invocationStatus: 'Failed', exitCode: 3, output: 'bad \uFFFD byte' });
    // KeepCommand is false: the command is not kept in the library.
    expect((await client.describeCommands({ regionId: REGION, commandId })).commands).toEqual([]);
  });

  it('returns the same InvokeId for a repeat with the same ClientToken, and refuses changed parameters', async () => {
    const input = { regionId: REGION, type: 'RunShellScript', content: 'echo once', instanceIds: ids(1), clientToken: 'run-token-1' };
    const first = await client.runCommand(input);
    expect((await client.runCommand(input)).invokeId).toBe(first.invokeId);
    expect((await client.describeInvocations({ regionId: REGION, commandId: first.commandId })).totalCount).toBe(1);
    const error = await failure(client.runCommand({ ...input, content: 'echo twice' }));
    expect(error).toMatchObject({ kind: 'api', code: 'IdempotentParameterMismatch', operation: 'RunCommand' });
  });

  it('schedules a periodic task, lists it with its frequency, and stops it', async () => {
    const { invokeId } = await client.runCommand({ regionId: REGION, type: 'RunShellScript', content: 'date', instanceIds: ids(1), frequency: 'rate(1h)', timeoutSeconds: 60 });
    const { invocations } = await client.describeInvocations({ regionId: REGION, invokeId });
    expect(invocations[0]).toMatchObject({ repeatMode: 'Period', frequency: 'rate(1h)', invocationStatus: 'Scheduled' });
    await client.stopInvocation(REGION, invokeId);
    const [result] = await finished(invokeId);
    expect(result?.invocationStatus).toBe('Cancelled');
    const history = await client.describeInvocationResults({ regionId: REGION, invokeId, includeHistory: true });
    expect(history.results).toEqual([expect.objectContaining({ invokeId, invocationStatus: 'Cancelled', repeats: 0 })]);
  });

  it('lists invocations by status and command name, page by page', async () => {
    for (const n of [1, 2]) await client.runCommand({ regionId: REGION, type: 'RunShellScript', content: 'true', name: 'paged-run', instanceIds: ids(1), clientToken: `paged-${n}` });
    const first = await client.describeInvocations({ regionId: REGION, commandName: 'paged-run', maxResults: 1 });
    expect(first).toMatchObject({ totalCount: 2, nextToken: expect.any(String) });
    const second = await client.describeInvocations({ regionId: REGION, commandName: 'paged-run', maxResults: 1, nextToken: first.nextToken! });
    expect(second.invocations[0]?.invokeId).not.toBe(first.invocations[0]?.invokeId);
  });

  it('answers a dry run with DryRunOperation and runs nothing', async () => {
    const before = (await client.describeInvocations({ regionId: REGION, maxResults: 50 })).totalCount;
    const error = await failure(client.runCommand({ regionId: REGION, type: 'RunShellScript', content: 'true', instanceIds: ids(1), repeatMode: 'DryRun' }));
    expect(error).toMatchObject({ kind: 'api', code: 'DryRunOperation' });
    expect((await client.describeInvocations({ regionId: REGION, maxResults: 50 })).totalCount).toBe(before);
  });

  it.each([
    ['InvalidParam.Frequency', { frequency: 'rate(5s)' }],
    ['MissingParam.Frequency', { repeatMode: 'Period' as const }],
    ['CmdContent.ExceedLimit', { content: `echo ${'x'.repeat(40_000)}` }],
    ['InstanceIds.ExceedLimit', { instanceIds: Array.from({ length: 101 }, (_, n) => `i-fake${n}`) }],
    ['Parameter.Disabled', { parameters: { name: 'x' } }],
  ])('rejects with the cloud code %s', async (code, change) => {
    const error = await failure(client.runCommand({ regionId: REGION, type: 'RunShellScript', content: 'true', instanceIds: ids(1), ...change }));
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ kind: 'api', code, requestId: expect.any(String) });
  });

  it('rejects parameters the command does not define with Parameter.NotMatched', async () => {
    const { commandId } = await client.createCommand({ regionId: REGION, name: 'p', type: 'RunShellScript', content: 'echo {{a}}', enableParameter: true });
    const error = await failure(client.invokeCommand({ regionId: REGION, commandId, instanceIds: ids(1), parameters: { b: 'x' } }));
    expect(error).toMatchObject({ kind: 'api', code: 'Parameter.NotMatched' });
  });
});

describe('instances', () => {
  it('reads the resource group of an instance and filters by it', async () => {
    const [one] = linux;
    expect(one?.resourceGroupId).toMatch(/^rg-/);
    const page = await client.describeInstances({ regionId: REGION, resourceGroupId: one!.resourceGroupId!, pageSize: 100 });
    expect(page.instances.map((i) => i.instanceId)).toContain(one!.instanceId);
    expect(page.instances.every((i) => i.resourceGroupId === one!.resourceGroupId)).toBe(true);
  });
});
