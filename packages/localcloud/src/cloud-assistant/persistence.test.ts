import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ecsApi } from '../ecs/index.ts';
import { createWorld, type World } from '../world/index.ts';
import { ManualClock } from '../world/manual-clock.ts';

const NOW = Date.UTC(2026, 10, 24, 6);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'localcloud-ca-state-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function call(world: World, action: string, params: Record<string, string>): Promise<Record<string, unknown>> {
  const operation = ecsApi(world).operations[action];
  if (!operation) throw new Error(`no operation ${action}`);
  return operation({ params: { RegionId: 'cn-hangzhou', ...params }, requestId: 'TEST', accessKeyId: 'LOCALCLOUDTESTKEYID' });
}

/** A running Hangzhou instance whose agent knows rate(). */
const modernId = (world: World) =>
  [...world.instances.values()].find((i) => i.spec.regionId === 'cn-hangzhou' && i.spec.cloudAssistantVersion === '2.2.3.857' && i.power.status === 'Running')?.spec
    .instanceId ?? '';
const webId = (world: World) => [...world.instances.values()].find((i) => i.spec.instanceName === 'prod-web-01')?.spec.instanceId ?? '';

describe('the Cloud Assistant state file', () => {
  it('keeps commands, invocations and results across a restart; a run in flight comes back interrupted', async () => {
    const stateFile = join(dir, 'state.json');
    const clock = new ManualClock(NOW);
    const first = await createWorld({ stateFile, clock, timing: 'fast', sandboxDir: join(dir, 'sandboxes') });
    const { CommandId } = await call(first, 'CreateCommand', { Name: 'kept', Type: 'RunShellScript', CommandContent: 'ZWNobyBrZXB0' });
    const done = await call(first, 'InvokeCommand', { CommandId: String(CommandId), 'InstanceId.1': webId(first) });
    const inFlight = await call(first, 'RunCommand', { Type: 'RunShellScript', CommandContent: 'sleep 30', 'InstanceId.1': webId(first), ClientToken: 'tok' });
    const periodic = await call(first, 'RunCommand', { Type: 'RunShellScript', CommandContent: 'true', 'InstanceId.1': modernId(first), Frequency: 'rate(5m)' });
    clock.advance(1000);
    const finished = () => first.cloudAssistant.findInvocation('cn-hangzhou', String(done.InvokeId))?.instances[0]?.status;
    await vi.waitFor(() => expect(finished()).toBe('Success'));
    await first.close();
    expect((await readdir(dir)).sort()).toEqual(['sandboxes', 'state.json', 'state.json.cloud-assistant.json']);

    const second = await createWorld({ stateFile, clock, timing: 'fast', sandboxDir: join(dir, 'sandboxes') });
    const commands = await call(second, 'DescribeCommands', { CommandId: String(CommandId) });
    expect(commands).toMatchObject({ TotalCount: 1, Commands: { Command: [{ Name: 'kept', InvokeTimes: 1 }] } });
    const results = await call(second, 'DescribeInvocationResults', { ContentEncoding: 'PlainText' });
    const rows = (results.Invocation as { InvocationResults: { InvocationResult: Record<string, unknown>[] } }).InvocationResults.InvocationResult;
    expect(rows.find((r) => r.InvokeId === done.InvokeId)).toMatchObject({ InvocationStatus: 'Success', Output: 'kept\n' });
    expect(rows.find((r) => r.InvokeId === inFlight.InvokeId)).toMatchObject({
      InvocationStatus: 'Error',
      ErrorCode: 'ExecutionInterrupted',
      ErrorInfo: 'the command execution has been interrupted',
    });
    // The ClientToken survives too: the retry is answered, not run again.
    const retry = await call(second, 'RunCommand', { Type: 'RunShellScript', CommandContent: 'sleep 30', 'InstanceId.1': webId(second), ClientToken: 'tok' });
    expect(retry.InvokeId).toBe(inFlight.InvokeId);
    // The schedule goes on where it was: the first run is still five minutes after creation.
    clock.advance(NOW + 5 * 60_000 - clock.now());
    const periodicTask = () => second.cloudAssistant.findInvocation('cn-hangzhou', String(periodic.InvokeId))?.instances[0];
    await vi.waitFor(() => expect(periodicTask()?.runs.map((r) => [r.startTime, r.status])).toEqual([[NOW + 5 * 60_000, 'Success']]));
    expect(periodicTask()?.status).toBe('Scheduled');
    await second.close();
  });
});
