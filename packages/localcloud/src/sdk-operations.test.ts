import EciPkg, * as $Eci from '@alicloud/eci20180808';
import EcsPkg, * as $Ecs from '@alicloud/ecs20140526';
import { Config as EciConfig } from '@alicloud/openapi-client';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalcloud, type Localcloud } from './index.ts';
import { ManualClock } from './world/manual-clock.ts';

// Every ECS/ECI operation of the world, called through the official SDKs over a loopback socket.
// Node's ESM loader hands over the CommonJS module (class on `.default`); vitest's interop the class itself.
const Ecs = EcsPkg.default ?? (EcsPkg as unknown as typeof EcsPkg.default);
const Eci = EciPkg.default ?? (EciPkg as unknown as typeof EciPkg.default);

// The gateway checks request dates against this clock, so it starts at the real time and only moves on demand.
const clock = new ManualClock(Date.now());
let cloud: Localcloud;
let ecs: InstanceType<typeof Ecs>;
let eci: InstanceType<typeof Eci>;

beforeAll(async () => {
  cloud = await startLocalcloud({ clock, timing: 'fast' });
  const common = {
    accessKeyId: cloud.accessKeyId,
    accessKeySecret: cloud.accessKeySecret,
    regionId: 'cn-hangzhou',
    endpoint: cloud.endpoint,
    protocol: 'http',
    readTimeout: 5000,
    connectTimeout: 5000,
  };
  ecs = new Ecs(new $OpenApiUtil.Config(common));
  eci = new Eci(new EciConfig(common));
});
afterAll(() => cloud.close());

async function failure(call: Promise<unknown>): Promise<{ code: string; statusCode: number }> {
  const error = await call.then(
    () => expect.fail('the call should have failed'),
    (caught: unknown) => caught as { code: string; statusCode: number },
  );
  return { code: error.code, statusCode: error.statusCode };
}

function bodyOf<T>(response: { body?: T }): T {
  if (response.body === undefined) throw new Error('response without a body');
  return response.body;
}

const instances = async (request: Partial<$Ecs.DescribeInstancesRequest>) =>
  bodyOf(await ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', ...request })));

const byName = async (name: string) => {
  const found = (await instances({ instanceName: name })).instances?.instance?.[0];
  if (!found?.instanceId) throw new Error(`no instance ${name}`);
  return found;
};

const consoleOutput = (regionId: string, instanceId: string, removeSymbols?: boolean) =>
  ecs.getInstanceConsoleOutput(new $Ecs.GetInstanceConsoleOutputRequest({ regionId, instanceId, removeSymbols }));

describe('ECS through @alicloud/ecs20140526', () => {
  it('DescribeRegions localises names', async () => {
    const en = await ecs.describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'en-US' }));
    const zh = await ecs.describeRegions(new $Ecs.DescribeRegionsRequest({}));
    expect(en.body?.regions?.region?.find((r) => r.regionId === 'cn-hangzhou')?.localName).toBe('China (Hangzhou)');
    expect(zh.body?.regions?.region?.find((r) => r.regionId === 'cn-hangzhou')?.localName).toBe('华东1（杭州）');
  });

  it('DescribeInstances pages both ways and filters', async () => {
    const first = await instances({ maxResults: 10 });
    expect(first.totalCount).toBe(11);
    const rest = await instances({ maxResults: 10, nextToken: first.nextToken });
    expect(rest.instances?.instance).toHaveLength(1);
    const page2 = await instances({ pageNumber: 2, pageSize: 5 });
    expect(page2.instances?.instance?.[0]?.instanceId).toBe(first.instances?.instance?.[5]?.instanceId);
    const one = first.instances?.instance?.[0];
    expect(one?.vpcAttributes?.privateIpAddress?.ipAddress?.[0]).toMatch(/^172\./);
    expect(one?.tags?.tag?.[0]?.tagKey).toBe('env');
    const ids = await instances({ instanceIds: JSON.stringify([one?.instanceId]) });
    expect(ids.instances?.instance?.map((i) => i.instanceId)).toEqual([one?.instanceId]);
    expect((await instances({ status: 'Stopped' })).totalCount).toBe(2);
    expect((await instances({ instanceName: 'prod-web-*' })).totalCount).toBe(3);
    const tagged = await instances({ tag: [new $Ecs.DescribeInstancesRequestTag({ key: 'team', value: 'platform' })] });
    expect(tagged.instances?.instance?.map((i) => i.instanceName)).toEqual(['prod-api-01', 'prod-worker-01']);
  });

  it('DescribeInstances errors surface as SDK codes', async () => {
    expect(await failure(ecs.describeInstances(new $Ecs.DescribeInstancesRequest({})))).toEqual({ code: 'MissingParameter', statusCode: 400 });
    expect(await failure(instances({ regionId: 'mars-1' }))).toEqual({ code: 'InvalidRegionId.NotFound', statusCode: 404 });
    expect(await failure(instances({ instanceIds: 'i-1' }))).toEqual({ code: 'InvalidParameter', statusCode: 400 });
  });

  it('DescribeInstanceStatus lists statuses', async () => {
    const body = (await ecs.describeInstanceStatus(new $Ecs.DescribeInstanceStatusRequest({ regionId: 'cn-beijing' }))).body;
    expect(body?.instanceStatuses?.instanceStatus?.map((s) => s.status)).toEqual(['Running', 'Running', 'Stopped']);
  });

  it('Start, Stop and Reboot move through the states and yield a new console log', async () => {
    const runner = await byName('dev-ci-runner-02');
    const id = runner.instanceId ?? '';
    expect(await failure(ecs.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id, dryRun: true })))).toEqual({ code: 'DryRunOperation', statusCode: 400 });
    await ecs.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id }));
    expect((await byName('dev-ci-runner-02')).status).toBe('Starting');
    clock.advance(40);
    expect((await byName('dev-ci-runner-02')).status).toBe('Running');
    const before = (await consoleOutput('cn-hangzhou', id, true)).body?.consoleOutput ?? '';
    await ecs.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: id, forceStop: false }));
    expect((await byName('dev-ci-runner-02')).status).toBe('Stopping');
    clock.advance(60);
    const after = (await consoleOutput('cn-hangzhou', id, true)).body?.consoleOutput ?? '';
    expect(after).not.toBe(before);
    expect(Buffer.from(after, 'base64').toString()).toMatch(/login: $/);
    await ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id, forceStop: true, stoppedMode: 'StopCharging' }));
    clock.advance(10);
    expect(await byName('dev-ci-runner-02')).toMatchObject({ status: 'Stopped', stoppedMode: 'StopCharging' });
    expect(await failure(ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id })))).toEqual({ code: 'IncorrectInstanceStatus', statusCode: 403 });
    expect(await failure(ecs.startInstance(new $Ecs.StartInstanceRequest({ instanceId: 'i-bp1nosuchinstance000' })))).toEqual({ code: 'InvalidInstanceId.NotFound', statusCode: 404 });
  });

  it('GetInstanceConsoleOutput answers as its API page says', async () => {
    const web = await byName('prod-web-01');
    const out = (await consoleOutput('cn-hangzhou', web.instanceId ?? '')).body;
    expect(out?.instanceId).toBe(web.instanceId);
    expect(out?.lastUpdateTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(Buffer.from(out?.consoleOutput ?? '', 'base64').toString()).toContain('\u001b[0;32m  OK  ');
    expect(await failure(ecs.getInstanceConsoleOutput(new $Ecs.GetInstanceConsoleOutputRequest({ instanceId: web.instanceId })))).toEqual({ code: 'MissingParameter', statusCode: 400 });
    expect(await failure(consoleOutput('cn-hangzhou', 'i-bp1nosuchinstance000'))).toEqual({ code: 'InvalidParameter', statusCode: 404 });
    const erp = await byName('prod-erp-01');
    expect(await failure(consoleOutput('cn-hangzhou', erp.instanceId ?? ''))).toEqual({ code: 'NotSupported', statusCode: 405 });
    const shanghai = (await instances({ regionId: 'cn-shanghai' })).instances?.instance ?? [];
    const windows = shanghai.find((i) => i.OSType === 'windows')?.instanceId ?? '';
    const sandbox = shanghai.find((i) => i.instanceName === 'dev-sandbox-01')?.instanceId ?? '';
    expect(await failure(consoleOutput('cn-shanghai', windows))).toEqual({ code: 'NotSupported', statusCode: 405 });
    expect(await failure(consoleOutput('cn-shanghai', sandbox))).toEqual({ code: 'IncorrectInstanceStatus', statusCode: 405 });
  });

  it('DescribeCloudAssistantStatus reports the agent with a string status', async () => {
    const web = await byName('prod-web-01');
    const proxy = await byName('staging-db-proxy-01');
    const body = (await ecs.describeCloudAssistantStatus(
      new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-hangzhou', instanceId: [web.instanceId ?? '', proxy.instanceId ?? ''] }),
    )).body;
    const statuses = body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus ?? [];
    expect(statuses.map((s) => [s.instanceId, s.cloudAssistantStatus])).toEqual([[web.instanceId, 'true'], [proxy.instanceId, 'false']]);
    const paged = (await ecs.describeCloudAssistantStatus(
      new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-hangzhou', OSType: 'Linux', maxResults: 6 }),
    )).body;
    expect(paged?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus).toHaveLength(6);
    expect(paged?.nextToken).not.toBe('');
    expect(await failure(ecs.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-hangzhou', maxResults: 100 })))).toEqual({ code: 'InvalidParameter', statusCode: 400 });
  });
});

describe('ECI through @alicloud/eci20180808', () => {
  const groups = async (request: Partial<$Eci.DescribeContainerGroupsRequest>) =>
    (await eci.describeContainerGroups(new $Eci.DescribeContainerGroupsRequest({ regionId: 'cn-hangzhou', ...request }))).body;

  it('DescribeContainerGroups filters, pages and answers errors', async () => {
    const first = await groups({ limit: 2 });
    expect([first?.totalCount, first?.containerGroups?.length]).toEqual([3, 2]);
    const rest = await groups({ limit: 2, nextToken: first?.nextToken });
    expect(rest?.containerGroups).toHaveLength(1);
    const group = first?.containerGroups?.[0];
    expect(group?.containers?.[0]?.currentState?.state).toBe('Running');
    expect(group?.tags?.[0]).toMatchObject({ key: 'env', value: 'prod' });
    const byId = await groups({ containerGroupIds: JSON.stringify([group?.containerGroupId]) });
    expect(byId?.containerGroups?.map((g) => g.containerGroupId)).toEqual([group?.containerGroupId]);
    expect((await groups({ containerGroupName: 'nightly-report' }))?.containerGroups?.[0]?.status).toBe('Succeeded');
    expect((await groups({ status: 'Running' }))?.totalCount).toBe(2);
    const tagged = await groups({ tag: [new $Eci.DescribeContainerGroupsRequestTag({ key: 'team', value: 'finance' })] });
    expect(tagged?.containerGroups?.map((g) => g.containerGroupName)).toEqual(['nightly-report']);
    expect(await failure(eci.describeContainerGroups(new $Eci.DescribeContainerGroupsRequest({})))).toEqual({ code: 'MissingParameter', statusCode: 400 });
  });
});
