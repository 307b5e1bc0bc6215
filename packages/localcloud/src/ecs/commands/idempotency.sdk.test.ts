import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $Ecs, REGION, failure, sdkHarness, type SdkHarness } from './sdk-harness.ts';

let h: SdkHarness;
let web: string;
let api: string;
beforeAll(async () => {
  h = await sdkHarness();
  [web, api] = await Promise.all([h.id('prod-web-01'), h.id('prod-api-01')]);
});
afterAll(() => h.close());

const invocationCount = async () =>
  (await h.ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, maxResults: 50 }))).body?.totalCount;

describe('ClientToken', () => {
  it('makes a retried RunCommand return the same InvokeId and run nothing new', async () => {
    const request = () =>
      new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent: 'echo once', instanceId: [web, api], clientToken: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    const first = (await h.ecs.runCommand(request())).body;
    const again = (await h.ecs.runCommand(request())).body;
    expect(again).toMatchObject({ invokeId: first?.invokeId, commandId: first?.commandId });
    expect(again?.requestId).not.toBe(first?.requestId);
    expect(await invocationCount()).toBe(1);
    const changed = request();
    changed.instanceId = [web];
    expect(await failure(h.ecs.runCommand(changed))).toEqual({ code: 'IdempotentParameterMismatch', statusCode: 403 });
    expect(await invocationCount()).toBe(1);
  });

  it('works for InvokeCommand and CreateCommand, each token in its own operation', async () => {
    const create = () =>
      h.ecs.createCommand(new $Ecs.CreateCommandRequest({ regionId: REGION, name: 'c', type: 'RunShellScript', commandContent: 'dHJ1ZQ==', clientToken: 'same-token' }));
    const commandId = (await create()).body?.commandId;
    expect((await create()).body?.commandId).toBe(commandId);
    const invoke = (instanceId: string[]) =>
      h.ecs.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: REGION, commandId, instanceId, clientToken: 'same-token' }));
    const invokeId = (await invoke([web])).body?.invokeId;
    expect((await invoke([web])).body?.invokeId).toBe(invokeId);
    expect(await failure(invoke([api]))).toEqual({ code: 'IdempotentParameterMismatch', statusCode: 403 });
    const commands = await h.ecs.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: REGION }));
    expect(commands.body?.commands?.command?.map((c) => [c.commandId, c.invokeTimes])).toEqual([[commandId, 1]]);
  });

  it('is remembered for at least an hour', async () => {
    const request = () =>
      new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent: 'true', instanceId: [web], clientToken: 'hour-later' });
    const first = (await h.ecs.runCommand(request())).body?.invokeId;
    h.clock.advance(3_600_000);
    expect((await h.ecs.runCommand(request())).body?.invokeId).toBe(first);
  });
});
