import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  $Ecs,
  REGION,
  allEnded,
  decode,
  invocation,
  results,
  resultsWhen,
  sdkHarness,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
let web: string;
let api: string;
let worker: string;
beforeAll(async () => {
  h = await sdkHarness();
  [web, api, worker] = await Promise.all([h.id('prod-web-01'), h.id('prod-api-01'), h.id('prod-worker-01')]);
});
afterAll(() => h.close());

const createCommand = async (request: Partial<$Ecs.CreateCommandRequest>) =>
  (await h.ecs.createCommand(new $Ecs.CreateCommandRequest({ regionId: REGION, name: 'test', type: 'RunShellScript', ...request }))).body?.commandId ?? '';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('InvokeCommand and RunCommand run scripts for real', () => {
  it('runs a command with a parameter on three instances: output, exit code, times, roll-up', async () => {
    const commandId = await createCommand({
      commandContent: b64('echo "hello {{name}} from {{ACS::InstanceName}} ({{ACS::RegionId}})"\nwhoami'),
      enableParameter: true,
    });
    const invoke = await h.ecs.invokeCommand(
      new $Ecs.InvokeCommandRequest({ regionId: REGION, commandId, instanceId: [web, api, worker], parameters: { name: 'Jack' } }),
    );
    const invokeId = invoke.body?.invokeId ?? '';
    expect(invokeId).toMatch(/^t-[0-9a-f]{30}$/);
    // Delivered on the agent's next poll: Pending until the clock moves.
    expect((await invocation(h.ecs, invokeId)).invocationStatus).toBe('Pending');
    h.clock.advance(1000);
    const rows = await resultsWhen(h.ecs, { invokeId }, allEnded);
    expect(rows.map((r) => r.invocationStatus)).toEqual(['Success', 'Success', 'Success']);
    const byId = new Map(rows.map((r) => [r.instanceId, r]));
    expect(decode(byId.get(api)?.output)).toBe('hello Jack from prod-api-01 (cn-hangzhou)\nroot\n');
    expect(byId.get(web)).toMatchObject({ exitCode: 0, errorCode: '', repeats: 1, invokeRecordStatus: 'Finished', startTime: '2026-11-24T06:00:01Z' });
    expect(byId.get(web)?.finishedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const task = await invocation(h.ecs, invokeId);
    expect(task).toMatchObject({ invocationStatus: 'Success', invokeStatus: 'Finished', repeatMode: 'Once', parameters: '{"name":"Jack"}', username: 'root' });
    // DescribeInvocations calls the end time FinishTime, DescribeInvocationResults FinishedTime.
    expect(task.invokeInstances?.invokeInstance?.[0]?.finishTime).toBe(byId.get(task.invokeInstances?.invokeInstance?.[0]?.instanceId ?? '')?.finishedTime);
    const commands = await h.ecs.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: REGION, commandId }));
    expect(commands.body?.commands?.command?.[0]?.invokeTimes).toBe(1);
  });

  it('rolls a failure on one instance up to PartialFailed with ExitCodeNonzero', async () => {
    const run = await h.ecs.runCommand(
      new $Ecs.RunCommandRequest({
        regionId: REGION,
        type: 'RunShellScript',
        commandContent: '[ "{{ACS::InstanceId}}" = "' + api + '" ] && { echo broken >&2; exit 3; }; echo fine',
        enableParameter: true,
        instanceId: [web, api],
      }),
    );
    h.clock.advance(1000);
    const invokeId = run.body?.invokeId ?? '';
    const rows = await resultsWhen(h.ecs, { invokeId }, allEnded);
    const failed = rows.find((r) => r.instanceId === api);
    expect(failed).toMatchObject({
      invocationStatus: 'Failed',
      invokeRecordStatus: 'Failed',
      exitCode: 3,
      errorCode: 'ExitCodeNonzero',
      errorInfo: 'the command execution exit code is not zero',
    });
    expect(decode(failed?.output)).toBe('broken\n');
    expect(await invocation(h.ecs, invokeId)).toMatchObject({ invocationStatus: 'PartialFailed', invokeStatus: 'PartialFailed' });
    const filtered = await h.ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, invokeStatus: 'PartialFailed' }));
    expect(filtered.body?.invocations?.invocation?.map((i) => i.invokeId)).toEqual([invokeId]);
    const paged = await h.ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, maxResults: 1 }));
    expect([paged.body?.totalCount, paged.body?.invocations?.invocation?.[0]?.invokeId]).toEqual([2, invokeId]);
    // KeepCommand defaults to false: the inline command is not kept.
    expect(await results(h.ecs, { invokeRecordStatus: 'Failed', invokeId })).toHaveLength(1);
    const listed = await h.ecs.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: REGION, commandId: run.body?.commandId }));
    expect(listed.body?.totalCount).toBe(0);
  });

  it('answers PlainText when asked, Base64 by default, and output only where IncludeOutput applies', async () => {
    const run = await h.ecs.runCommand(
      new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent: b64('printf "a\\nb"'), contentEncoding: 'Base64', instanceId: [web], keepCommand: true }),
    );
    const invokeId = run.body?.invokeId ?? '';
    h.clock.advance(1000);
    await resultsWhen(h.ecs, { invokeId }, allEnded);
    const plain = await h.ecs.describeInvocationResults(new $Ecs.DescribeInvocationResultsRequest({ regionId: REGION, invokeId, contentEncoding: 'PlainText' }));
    expect(plain.body?.invocation?.invocationResults?.invocationResult?.[0]?.output).toBe('a\nb');
    // The paging fields of DescribeInvocationResults sit inside Invocation.
    expect(plain.body?.invocation).toMatchObject({ totalCount: 1, pageSize: 10, pageNumber: 1 });
    const listed = await h.ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, commandId: run.body?.commandId }));
    const entry = listed.body?.invocations?.invocation?.[0];
    expect(entry?.commandContent).toBe(b64('printf "a\\nb"'));
    expect(entry?.invokeInstances?.invokeInstance?.[0]?.output).toBe('');
    const kept = await h.ecs.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: REGION, commandId: run.body?.commandId, contentEncoding: 'PlainText' }));
    expect(kept.body?.commands?.command?.[0]).toMatchObject({ commandContent: 'printf "a\\nb"', invokeTimes: 1 });
  });

  it('targets instances by ResourceTag and by ResourceGroupId', async () => {
    const run = await h.ecs.runCommand(
      new $Ecs.RunCommandRequest({
        regionId: REGION,
        type: 'RunShellScript',
        commandContent: 'true',
        resourceTag: [new $Ecs.RunCommandRequestResourceTag({ key: 'team', value: 'platform' })],
      }),
    );
    const task = await invocation(h.ecs, run.body?.invokeId ?? '');
    expect(task.invokeInstances?.invokeInstance?.map((i) => i.instanceId).sort()).toEqual([api, worker].sort());
    const described = await h.ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([api]) }));
    const group = described.body?.instances?.instance?.[0]?.resourceGroupId ?? '';
    expect(group).toMatch(/^rg-acfm[a-z0-9]{11}$/);
    const sameGroup = await h.ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION, resourceGroupId: group }));
    expect(sameGroup.body?.instances?.instance?.map((i) => i.instanceName).sort()).toEqual(['prod-api-01', 'prod-worker-01']);
    const grouped = await h.ecs.runCommand(
      new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent: 'true', instanceId: [api], resourceGroupId: group }),
    );
    expect((await invocation(h.ecs, grouped.body?.invokeId ?? '')).invokeInstances?.invokeInstance).toHaveLength(1);
    h.clock.advance(1000);
  });

  it('reports real counts in DescribeCloudAssistantStatus', async () => {
    const status = await h.ecs.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: REGION, instanceId: [web, worker] }));
    const byId = new Map(status.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.map((s) => [s.instanceId, s]));
    expect(byId.get(web)?.invocationCount).toBe(3);
    expect(byId.get(web)?.lastInvokedTime).toBe('2026-11-24T06:00:03Z');
    expect(byId.get(worker)?.invocationCount).toBe(2);
    await resultsWhen(h.ecs, { instanceId: worker }, allEnded);
    const after = await h.ecs.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: REGION, instanceId: [worker] }));
    expect(after.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.[0]?.activeTaskCount).toBe(0);
  });
});
