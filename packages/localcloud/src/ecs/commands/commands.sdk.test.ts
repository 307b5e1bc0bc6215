import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $Ecs, REGION, failure, sdkHarness, type SdkHarness } from './sdk-harness.ts';

let h: SdkHarness;
beforeAll(async () => {
  h = await sdkHarness();
});
afterAll(() => h.close());

const create = (request: Partial<$Ecs.CreateCommandRequest>) =>
  h.ecs.createCommand(new $Ecs.CreateCommandRequest({ regionId: REGION, name: 'backup', type: 'RunShellScript', commandContent: 'ZWNobyBoaQ==', ...request }));
const describeCommands = async (request: Partial<$Ecs.DescribeCommandsRequest>) =>
  (await h.ecs.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: REGION, ...request }))).body;

describe('the command library', () => {
  it('creates a command with defaults and finds its parameters', async () => {
    const commandId = (await create({ name: 'nightly-backup', commandContent: Buffer.from('tar czf /tmp/{{target}}.tgz {{Path}} # {{path}} {{ACS::InstanceId}}').toString('base64'), enableParameter: true, description: 'Backs up', tag: [new $Ecs.CreateCommandRequestTag({ key: 'team', value: 'ops' })] })).body?.commandId;
    expect(commandId).toMatch(/^c-[0-9a-f]{30}$/);
    const command = (await describeCommands({ commandId }))?.commands?.command?.[0];
    expect(command).toMatchObject({
      name: 'nightly-backup',
      description: 'Backs up',
      type: 'RunShellScript',
      timeout: 60,
      workingDir: '',
      enableParameter: true,
      invokeTimes: 0,
      provider: '',
      latest: true,
      version: 1,
      creationTime: '2026-11-24T06:00:00Z',
    });
    // Names are case-insensitive and the built-ins are not custom parameters.
    expect(command?.parameterNames?.parameterName).toEqual(['target', 'Path']);
    expect(command?.tags?.tag?.[0]).toMatchObject({ tagKey: 'team', tagValue: 'ops' });
    const plain = (await describeCommands({ commandId, contentEncoding: 'PlainText' }))?.commands?.command?.[0];
    expect(plain?.commandContent).toMatch(/^tar czf/);
  });

  it('searches by name with wildcards, by type and tag, and pages', async () => {
    for (const name of ['restart-nginx', 'restart-php', 'rotate-logs']) await create({ name });
    expect((await describeCommands({ name: 'restart-*' }))?.totalCount).toBe(2);
    expect((await describeCommands({ name: '*log*' }))?.commands?.command?.map((c) => c.name)).toEqual(['rotate-logs']);
    expect((await describeCommands({ name: 'restart' }))?.totalCount).toBe(0);
    expect((await describeCommands({ type: 'RunBatScript' }))?.totalCount).toBe(0);
    expect((await describeCommands({ tag: [new $Ecs.DescribeCommandsRequestTag({ key: 'team', value: 'ops' })] }))?.totalCount).toBe(1);
    const first = await describeCommands({ maxResults: 2 });
    const rest = await describeCommands({ maxResults: 50, nextToken: first?.nextToken });
    expect([first?.commands?.command?.length, rest?.commands?.command?.length, first?.totalCount]).toEqual([2, 2, 4]);
    expect((await describeCommands({ regionId: 'cn-beijing' }))?.totalCount).toBe(0);
  });

  it('lists the common commands apart, with parameter definitions', async () => {
    const all = await describeCommands({ provider: 'AlibabaCloud', maxResults: 50 });
    expect(all?.commands?.command?.every((c) => c.provider?.startsWith('AlibabaCloud.'))).toBe(true);
    const install = all?.commands?.command?.find((c) => c.name === 'ACS-ECS-InstallPackage-linux.sh');
    const definitions = install?.parameterDefinitions?.parameterDefinition ?? [];
    expect(definitions.map((d) => [d.parameterName, d.required, d.defaultValue])).toEqual([['packageName', true, ''], ['action', false, 'install']]);
    expect(definitions[1]?.possibleValues?.possibleValue).toEqual(['install', 'remove']);
    const diagnose = await describeCommands({ provider: 'AlibabaCloud.ECS.GuestOSDiagnose', maxResults: 50 });
    expect(diagnose?.totalCount).toBeLessThan(all?.totalCount ?? 0);
    expect(await failure(h.ecs.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: REGION, commandId: install?.commandId })))).toEqual({ code: 'Operation.Forbidden', statusCode: 403 });
  });

  it('modifies the attributes, not the content', async () => {
    const commandId = (await create({ name: 'before' })).body?.commandId;
    await h.ecs.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: REGION, commandId, name: 'after', timeout: 300, workingDir: '/tmp', commandContent: 'ZXhpdCAx' }));
    expect((await describeCommands({ commandId }))?.commands?.command?.[0]).toMatchObject({ name: 'after', timeout: 300, workingDir: '/tmp', commandContent: 'ZWNobyBoaQ==' });
    expect(await failure(h.ecs.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: REGION, commandId, name: 'n'.repeat(129) })))).toEqual({ code: 'CmdName.ExceedLimit', statusCode: 403 });
    expect(await failure(h.ecs.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: REGION, commandId: 'c-nosuch' })))).toEqual({ code: 'InvalidCmdId.NotFound', statusCode: 404 });
  });

  it('refuses to delete a command that is still being executed', async () => {
    const web = await h.id('prod-web-01');
    const commandId = (await create({ name: 'busy' })).body?.commandId;
    await h.ecs.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: REGION, commandId, instanceId: [web] }));
    expect(await failure(h.ecs.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: REGION, commandId })))).toEqual({ code: 'InvalidStatus.CmdIdInUse', statusCode: 403 });
    const invokeId = (await h.ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, commandId }))).body?.invocations?.invocation?.[0]?.invokeId;
    await h.ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId }));
    await h.ecs.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: REGION, commandId }));
    expect((await describeCommands({ commandId }))?.totalCount).toBe(0);
    expect(await failure(h.ecs.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: REGION, commandId })))).toEqual({ code: 'InvalidCmdId.NotFound', statusCode: 404 });
  });

  it('refuses bad commands', async () => {
    const bigger = Buffer.from('x'.repeat(14 * 1024)).toString('base64');
    expect(await failure(create({ commandContent: bigger }))).toEqual({ code: 'CmdContent.ExceedLimit', statusCode: 403 });
    expect(await failure(create({ commandContent: 'not base64!' }))).toEqual({ code: 'InvalidCommandContent.DecodeError', statusCode: 400 });
    const many = Array.from({ length: 21 }, (_, i) => `{{p${i}}}`).join(' ');
    expect(await failure(create({ commandContent: many, contentEncoding: 'PlainText', enableParameter: true }))).toEqual({ code: 'ParameterCount.ExceedLimit', statusCode: 403 });
    expect(await failure(create({ commandContent: `{{${'k'.repeat(65)}}}`, contentEncoding: 'PlainText', enableParameter: true }))).toEqual({ code: 'ParameterKey.ExceedLimit', statusCode: 403 });
    expect(await failure(create({ type: 'RunPerlScript' }))).toEqual({ code: 'InvalidCmdType.NotFound', statusCode: 403 });
    expect(await failure(create({ description: 'd'.repeat(513) }))).toEqual({ code: 'CmdDesc.ExceedLimit', statusCode: 403 });
    expect(await failure(create({ resourceGroupId: 'rg-unknown' }))).toEqual({ code: 'InvalidResourceGroup.NotFound', statusCode: 404 });
    expect(await failure(create({ regionId: 'mars-1' }))).toEqual({ code: 'InvalidRegionId.NotFound', statusCode: 404 });
    expect(await failure(create({ name: undefined }))).toEqual({ code: 'MissingParameter', statusCode: 400 });
  });
});
