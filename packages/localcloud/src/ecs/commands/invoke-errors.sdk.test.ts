import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $Ecs, REGION, failure, sdkHarness, type SdkHarness } from './sdk-harness.ts';

let h: SdkHarness;
let web: string;
let commandId: string;
let paramCommandId: string;
beforeAll(async () => {
  h = await sdkHarness({ dailyInvocationQuota: 40 });
  web = await h.id('prod-web-01');
  const create = (content: string, enableParameter: boolean) =>
    h.ecs.createCommand(new $Ecs.CreateCommandRequest({ regionId: REGION, name: 'n', type: 'RunShellScript', commandContent: content, contentEncoding: 'PlainText', enableParameter }));
  commandId = (await create('echo plain', false)).body?.commandId ?? '';
  paramCommandId = (await create('echo {{greeting}} {{name}}', true)).body?.commandId ?? '';
});
afterAll(() => h.close());

const invoke = (request: Partial<$Ecs.InvokeCommandRequest>) =>
  failure(h.ecs.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: REGION, commandId, instanceId: [web], ...request })));
const tag = (key: string, value?: string) => new $Ecs.InvokeCommandRequestResourceTag({ key, value });

describe('InvokeCommand refuses what seed 001 refuses', () => {
  it('checks the schedule', async () => {
    expect(await invoke({ repeatMode: 'Period' })).toEqual({ code: 'MissingParam.Frequency', statusCode: 400 });
    expect(await invoke({ frequency: 'rate(30s)' })).toEqual({ code: 'InvalidParam.Frequency', statusCode: 400 });
    expect(await invoke({ frequency: 'every five minutes' })).toEqual({ code: 'InvalidParam.Frequency', statusCode: 400 });
    expect(await invoke({ frequency: 'rate(1m)', timeout: 120 })).toEqual({ code: 'InvalidParam.Frequency', statusCode: 400 });
    expect(await invoke({ frequency: 'at(2020-01-01 00:00:00 Asia/Shanghai)' })).toEqual({ code: 'InvalidParam.Frequency', statusCode: 400 });
    expect(await invoke({ repeatMode: 'Sometimes' })).toEqual({ code: 'InvalidRepeatMode.NotFound', statusCode: 404 });
  });

  it('checks the targets', async () => {
    expect(await invoke({ instanceId: [] })).toEqual({ code: 'MissingParam.InstanceId', statusCode: 400 });
    const many = Array.from({ length: 101 }, (_, i) => `i-bp1fake${String(i).padStart(12, '0')}`);
    expect(await invoke({ instanceId: many })).toEqual({ code: 'InstanceIds.ExceedLimit', statusCode: 403 });
    expect(await invoke({ instanceId: ['i-bp1nosuchinstance000'] })).toEqual({ code: 'InvalidInstance.NotFound', statusCode: 404 });
    expect(await invoke({ instanceId: [await h.id('prod-ad-01', 'cn-shanghai')], regionId: 'cn-shanghai' })).toEqual({ code: 'InvalidCmdId.NotFound', statusCode: 404 });
    expect(await invoke({ regionId: 'mars-1' })).toEqual({ code: 'InvalidRegionId.NotFound', statusCode: 404 });
    expect(await invoke({ commandId: 'c-nosuchcommand' })).toEqual({ code: 'InvalidCmdId.NotFound', statusCode: 404 });
    expect(await invoke({ resourceGroupId: 'rg-nosuchgroup' })).toEqual({ code: 'InvalidResourceGroup.NotFound', statusCode: 404 });
  });

  it('checks ResourceTag', async () => {
    expect(await invoke({ resourceTag: [tag('team', 'platform')] })).toEqual({ code: 'InvalidResourceTag.ConflictWithInstanceIds', statusCode: 400 });
    expect(await invoke({ instanceId: [], resourceTag: [tag('team', 'nobody')] })).toEqual({ code: 'InvalidResourceTag.InstanceNotFound', statusCode: 400 });
    const eleven = Array.from({ length: 11 }, (_, i) => tag(`k${i}`, 'v'));
    expect(await invoke({ instanceId: [], resourceTag: eleven })).toEqual({ code: 'NumberExceed.ResourceTags', statusCode: 400 });
    expect(await invoke({ instanceId: [], resourceTag: [tag('team'), tag('team')] })).toEqual({ code: 'Duplicate.ResourceTagKey', statusCode: 400 });
    expect(await invoke({ instanceId: [], resourceTag: [tag('acs:team')] })).toEqual({ code: 'InvalidResourceTagKey.Malformed', statusCode: 400 });
    expect(await invoke({ instanceId: [], resourceTag: [tag('team', 'https://x')] })).toEqual({ code: 'InvalidResourceTagValue.Malformed', statusCode: 400 });
  });

  it('checks the execution settings', async () => {
    expect(await invoke({ terminationMode: 'Everything' })).toEqual({ code: 'InvalidTerminationMode.NotFound', statusCode: 404 });
    expect(await invoke({ timeout: 5 })).toEqual({ code: 'InvalidTimeout.ExceedLimit', statusCode: 403 });
    expect(await invoke({ timeout: 86_401 })).toEqual({ code: 'InvalidTimeout.ExceedLimit', statusCode: 403 });
    expect(await invoke({ username: 'u'.repeat(256) })).toEqual({ code: 'Username.ExceedLimit', statusCode: 403 });
    expect(await invoke({ launcher: 'x'.repeat(1025) })).toEqual({ code: 'InvalidLauncher.LengthLimitExceeded', statusCode: 403 });
    expect(await invoke({ workingDir: '/'.repeat(201) })).toEqual({ code: 'InvalidParameter.WorkingDir', statusCode: 400 });
    expect(await invoke({ containerId: 'abc' })).toEqual({ code: 'InvalidContainerId.Malformed', statusCode: 400 });
    expect(await invoke({ containerName: '-bad name' })).toEqual({ code: 'InvalidContainerName.Malformed', statusCode: 400 });
    expect(await invoke({ clientToken: 't'.repeat(65) })).toEqual({ code: 'InvalidClientToken.Malformed', statusCode: 400 });
    expect(await invoke({ clientToken: 'jeton-é' })).toEqual({ code: 'InvalidClientToken.Malformed', statusCode: 400 });
    expect(await invoke({ ossOutputDelivery: 'bucket/prefix' })).toEqual({ code: 'InvalidParameter.OssOutputDelivery', statusCode: 400 });
  });

  it('checks the OS of every instance against the command type', async () => {
    const windows = await h.id('prod-ad-01', 'cn-shanghai');
    const shell = await h.ecs.createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'sh', type: 'RunShellScript', commandContent: 'dHJ1ZQ==' }));
    expect(await invoke({ regionId: 'cn-shanghai', commandId: shell.body?.commandId, instanceId: [windows] })).toEqual({ code: 'InvalidInstance.NotMatch', statusCode: 400 });
    const ps = await h.ecs.createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'ps', type: 'RunPowerShellScript', commandContent: 'aG9zdG5hbWU=' }));
    expect(await invoke({ regionId: 'cn-shanghai', commandId: ps.body?.commandId, instanceId: [windows], username: 'Administrator' })).toEqual({ code: 'WindowsPasswordName.Missed', statusCode: 403 });
  });

  it('checks custom parameters', async () => {
    expect(await invoke({ parameters: { name: 'x' } })).toEqual({ code: 'Parameter.Disabled', statusCode: 400 });
    expect(await invoke({ commandId: paramCommandId, parameters: { other: 'x' } })).toEqual({ code: 'Parameter.NotMatched', statusCode: 403 });
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, 'v']));
    expect(await invoke({ commandId: paramCommandId, parameters: eleven })).toEqual({ code: 'ParameterCount.ExceedLimit', statusCode: 403 });
    expect(await invoke({ commandId: paramCommandId, parameters: { ['k'.repeat(65)]: 'v' } })).toEqual({ code: 'ParameterKey.ExceedLimit', statusCode: 403 });
    expect(await invoke({ commandId: paramCommandId, parameters: { name: 1 } })).toEqual({ code: 'ParameterType.NotSupported', statusCode: 403 });
    const huge = 'x'.repeat(14 * 1024);
    expect(await invoke({ commandId: paramCommandId, parameters: { name: huge } })).toEqual({ code: 'CmdContent.ExceedLimit', statusCode: 403 });
    const install = 'ACS-ECS-InstallPackage-linux.sh';
    expect(await invoke({ commandId: install, parameters: { action: 'install' } })).toEqual({ code: 'Parameter.MissingValue', statusCode: 400 });
    expect(await invoke({ commandId: install, parameters: { packageName: 'curl', action: 'purge' } })).toEqual({ code: 'InvalidParameter.Parameters', statusCode: 400 });
  });

  it('answers a dry run with DryRunOperation after checking the instances, and records nothing', async () => {
    expect(await invoke({ repeatMode: 'DryRun' })).toEqual({ code: 'DryRunOperation', statusCode: 400 });
    expect(await invoke({ repeatMode: 'DryRun', instanceId: [await h.id('staging-db-proxy-01')] })).toEqual({ code: 'InvalidInstance.NoClient', statusCode: 400 });
    expect(await invoke({ repeatMode: 'DryRun', instanceId: [await h.id('dev-ci-runner-01')] })).toEqual({ code: 'InvalidInstanceStatus', statusCode: 400 });
    const listed = await h.ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, commandId }));
    expect(listed.body?.totalCount).toBe(0);
  });

  it('enforces the daily invocation quota per region', async () => {
    const ok = new $Ecs.InvokeCommandRequest({ regionId: REGION, commandId, instanceId: [web] });
    for (let i = 0; i < 40; i++) await h.ecs.invokeCommand(ok);
    expect(await invoke({})).toEqual({ code: 'Invocation.ExceedQuota', statusCode: 403 });
    h.clock.advance(24 * 3_600_000);
    expect((await h.ecs.invokeCommand(ok)).body?.invokeId).toMatch(/^t-/);
  });
});
