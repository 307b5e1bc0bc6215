import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $Ecs, REGION, allEnded, decode, invocation, results, resultsWhen, sdkHarness, type SdkHarness } from './sdk-harness.ts';

let h: SdkHarness;
let web: string;
beforeAll(async () => {
  h = await sdkHarness();
  web = await h.id('prod-web-01');
});
afterAll(() => h.close());

const run = async (commandContent: string, request: Partial<$Ecs.RunCommandRequest> = {}) =>
  (await h.ecs.runCommand(new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent, instanceId: [web], ...request })))
    .body?.invokeId ?? '';

describe('execution outcomes', () => {
  it('kills a run at its Timeout: Timeout, ExecutionTimeout, FinishedTime = StartTime + Timeout', async () => {
    const invokeId = await run('echo started; sleep 30', { timeout: 10 });
    h.clock.advance(1000);
    expect((await results(h.ecs, { invokeId }))[0]?.invocationStatus).toBe('Running');
    h.clock.advance(10_000);
    const [row] = await resultsWhen(h.ecs, { invokeId }, allEnded);
    expect(row).toMatchObject({
      invocationStatus: 'Timeout',
      errorCode: 'ExecutionTimeout',
      errorInfo: 'the command execution has been timeout',
      startTime: '2026-11-24T06:00:01Z',
      finishedTime: '2026-11-24T06:00:11Z',
      exitCode: -1,
    });
    expect((await invocation(h.ecs, invokeId)).invocationStatus).toBe('Failed');
  });

  it('StopInvocation cancels what has not started and terminates what runs', async () => {
    const pending = await run('echo never');
    await h.ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId: pending }));
    h.clock.advance(1000);
    expect((await results(h.ecs, { invokeId: pending }))[0]).toMatchObject({ invocationStatus: 'Cancelled', invokeRecordStatus: 'Stopped', stopTime: '2026-11-24T06:00:11Z' });
    expect((await invocation(h.ecs, pending)).invocationStatus).toBe('Stopped');

    const running = await run('echo started; sleep 30', { terminationMode: 'ProcessTree' });
    h.clock.advance(1000);
    expect((await results(h.ecs, { invokeId: running }))[0]?.invocationStatus).toBe('Running');
    await h.ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId: running, instanceId: [web] }));
    expect(['Stopping', 'Stopped']).toContain((await invocation(h.ecs, running)).invocationStatus);
    const [row] = await resultsWhen(h.ecs, { invokeId: running }, allEnded);
    expect(row).toMatchObject({ invocationStatus: 'Terminated', stopTime: '2026-11-24T06:00:13Z', exitCode: -1 });
    expect(await invocation(h.ecs, running)).toMatchObject({ invocationStatus: 'Stopped', invokeStatus: 'Stopped', terminationMode: 'ProcessTree' });
    const unknown = await h.ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId: 't-nosuchtask' })).catch((e: { code: string }) => e.code);
    expect(unknown).toBe('InvalidInvokeId.NotFound');
  });

  it('keeps the first 24 KB of output and counts the rest as Dropped', async () => {
    const invokeId = await run('head -c 30000 /dev/zero | tr "\\0" "x"');
    h.clock.advance(1000);
    const [row] = await resultsWhen(h.ecs, { invokeId }, allEnded);
    expect(decode(row?.output)).toHaveLength(24 * 1024);
    expect(row?.dropped).toBe(30000 - 24 * 1024);
  });

  it('records per-instance refusals: no agent, stopped, old agent, unknown user or directory', async () => {
    const [proxy, stopped] = await Promise.all([h.id('staging-db-proxy-01'), h.id('dev-ci-runner-01')]);
    const invokeId = await run('true', { instanceId: [web, proxy, stopped] });
    const rows = new Map((await results(h.ecs, { invokeId })).map((r) => [r.instanceId, r]));
    expect(rows.get(proxy)).toMatchObject({ invocationStatus: 'Aborted', errorCode: 'ClientNotRunning', errorInfo: 'the aliyun service is not running on the instance' });
    expect(rows.get(stopped)).toMatchObject({ invocationStatus: 'Aborted', errorCode: 'InstanceNotRunning', errorInfo: 'the instance is not running when create task' });
    h.clock.advance(1000);
    await resultsWhen(h.ecs, { invokeId }, allEnded);
    expect((await invocation(h.ecs, invokeId)).invocationStatus).toBe('PartialFailed');

    const status = await h.ecs.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: REGION }));
    const old = status.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.find((s) => s.cloudAssistantVersion === '2.2.0.106');
    const periodic = await run('true', { instanceId: [old?.instanceId ?? ''], frequency: 'rate(5m)' });
    expect((await results(h.ecs, { invokeId: periodic }))[0]).toMatchObject({ invocationStatus: 'Invalid', errorCode: 'ClientNeedUpgrade' });

    const nobody = await run('true', { username: 'nobody-here' });
    const nowhere = await run('true', { workingDir: '/srv/missing' });
    h.clock.advance(1000);
    expect((await resultsWhen(h.ecs, { invokeId: nobody }, allEnded))[0]).toMatchObject({ invocationStatus: 'Invalid', errorCode: 'AccountNotExists' });
    expect((await resultsWhen(h.ecs, { invokeId: nowhere }, allEnded))[0]).toMatchObject({ invocationStatus: 'Invalid', errorCode: 'DirectoryNotExists' });
  });

  it('runs as another user, in a container, and PowerShell on Windows', async () => {
    const asUser = await run('whoami; pwd', { username: 'ecs-user' });
    const worker = await h.id('prod-worker-01');
    const inContainer = await run('whoami; pwd', { instanceId: [worker], containerName: 'app' });
    const missing = await run('true', { instanceId: [worker], containerName: 'redis' });
    const windows = await h.id('prod-ad-01', 'cn-shanghai');
    const ps = await run('Write-Output "hi"; whoami', { regionId: 'cn-shanghai', type: 'RunPowerShellScript', instanceId: [windows] });
    h.clock.advance(1000);
    expect(decode((await resultsWhen(h.ecs, { invokeId: asUser }, allEnded))[0]?.output)).toBe('ecs-user\n/home/ecs-user\n');
    expect(decode((await resultsWhen(h.ecs, { invokeId: inContainer }, allEnded))[0]?.output)).toBe('app\n/app\n');
    expect((await resultsWhen(h.ecs, { invokeId: missing }, allEnded))[0]).toMatchObject({ invocationStatus: 'Invalid', errorCode: 'CommandNotApplicable' });
    const shanghai = await h.ecs.describeInvocationResults(new $Ecs.DescribeInvocationResultsRequest({ regionId: 'cn-shanghai', invokeId: ps }));
    expect(shanghai.body?.invocation?.invocationResults?.invocationResult?.[0]?.username).toBe('System');
    await resultsWhen(h.ecs, { regionId: 'cn-shanghai', invokeId: ps }, allEnded);
    const out = await results(h.ecs, { regionId: 'cn-shanghai', invokeId: ps });
    expect(decode(out[0]?.output)).toBe('hi\r\nnt authority\\system\r\n');
  });
});
