import { ADMIN_TOKEN_HEADER, FAULTS_PATH, startLocalcloud, type Localcloud } from '@porthole/localcloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudClient, type CloudClient } from './cloud-client.ts';
import type { CloudInstance } from './cloud-shapes.ts';
import { CloudError } from './cloud-error.ts';
import { staticCredentials } from './credentials.ts';
import { startCountingProxy, type CountingProxy } from './testing/counting-proxy.ts';

// The real SDKs against a real localcloud on 127.0.0.1: signing, wire shapes and errors end to end.
let localcloud: Localcloud;
let client: CloudClient;
const REGION = 'cn-hangzhou';

const clientFor = (endpoint: string, accessKeySecret = localcloud.accessKeySecret) =>
  createCloudClient({
    credentials: staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret }),
    endpoint,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });

beforeAll(async () => {
  localcloud = await startLocalcloud({ timing: 'fast' });
  client = clientFor(localcloud.endpoint);
});
afterAll(() => localcloud.close());

async function withStatus(status: string): Promise<CloudInstance> {
  const page = await client.describeInstances({ regionId: REGION, status, pageSize: 100 });
  const instance = page.instances.find((candidate) => candidate.osType === 'linux' && candidate.operationLocks.length === 0);
  if (!instance) throw new Error(`no ${status} instance in the seed world`);
  return instance;
}

async function waitFor(instanceId: string, status: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await client.describeInstance(REGION, instanceId))?.status !== status) {
    if (Date.now() > deadline) throw new Error(`${instanceId} never became ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('CloudClient against localcloud', () => {
  it('describes the regions', async () => {
    const regions = await client.describeRegions({ acceptLanguage: 'en-US' });
    expect(regions).toContainEqual(expect.objectContaining({ regionId: REGION, localName: 'China (Hangzhou)', status: 'available' }));
  });

  it('describes instances page by page, with filters', async () => {
    const first = await client.describeInstances({ regionId: REGION, pageNumber: 1, pageSize: 2 });
    expect(first).toMatchObject({ pageNumber: 1, pageSize: 2, requestId: expect.any(String) });
    expect(first.instances).toHaveLength(2);
    const [instance] = first.instances;
    expect(instance).toMatchObject({ instanceId: expect.stringMatching(/^i-/), regionId: REGION, privateIpAddresses: [expect.any(String)] });
    const byName = await client.describeInstances({ regionId: REGION, instanceName: instance!.instanceName });
    expect(byName.instances.map((found) => found.instanceId)).toEqual([instance!.instanceId]);
  });

  it('describes one instance, or none', async () => {
    const running = await withStatus('Running');
    expect(await client.describeInstance(REGION, running.instanceId)).toEqual(running);
    expect(await client.describeInstance(REGION, 'i-doesnotexist000')).toBeUndefined();
  });

  it('reads the Cloud Assistant status', async () => {
    const running = await withStatus('Running');
    const [status] = await client.describeCloudAssistantStatus(REGION, [running.instanceId]);
    expect(status).toMatchObject({ instanceId: running.instanceId, online: expect.any(Boolean), supportSessionManager: expect.any(Boolean) });
  });

  it('reads the console output', async () => {
    const running = await withStatus('Running');
    const output = await client.getConsoleOutput(REGION, running.instanceId, { removeSymbols: true });
    expect(output).toMatchObject({ instanceId: running.instanceId, lastUpdateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
    expect(Buffer.from(output.consoleOutput, 'base64').toString('utf8').length).toBeGreaterThan(0);
  });

  it('takes a screenshot once, and reports Throttling for a second one within the interval', async () => {
    const running = await withStatus('Running');
    const shot = await client.getInstanceScreenshot(REGION, running.instanceId);
    expect(shot).toMatchObject({ instanceId: running.instanceId, requestId: expect.any(String) });
    expect([...Buffer.from(shot.screenshot, 'base64').subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const error = await client.getInstanceScreenshot(REGION, running.instanceId).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ kind: 'api', code: 'Throttling', statusCode: 429, isThrottling: true, operation: 'GetInstanceScreenshot' });
    expect((error as CloudError).retryAfterMs).toBeGreaterThan(5_000);
  });

  it('stops, starts and reboots an instance', async () => {
    const { instanceId } = await withStatus('Running');
    expect(await client.stopInstance(REGION, instanceId)).toEqual({ requestId: expect.any(String) });
    await waitFor(instanceId, 'Stopped');
    await client.startInstance(REGION, instanceId);
    await waitFor(instanceId, 'Running');
    await client.rebootInstance(REGION, instanceId, { force: true });
    await waitFor(instanceId, 'Running');
  });

  it('describes container groups with paging', async () => {
    const page = await client.describeContainerGroups({ regionId: REGION, limit: 1 });
    expect(page.containerGroups).toHaveLength(1);
    expect(page.containerGroups[0]).toMatchObject({ containerGroupId: expect.stringMatching(/^eci-/), containers: expect.any(Array) });
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('rejects with the cloud error for a wrong state', async () => {
    const running = await withStatus('Running');
    const error = await client.startInstance(REGION, running.instanceId).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ kind: 'api', code: 'IncorrectInstanceStatus', requestId: expect.any(String), operation: 'StartInstance' });
  });

  it('rejects with SignatureDoesNotMatch for a wrong secret, on both products', async () => {
    const impostor = clientFor(localcloud.endpoint, 'not-the-localcloud-secret');
    for (const call of [() => impostor.describeRegions(), () => impostor.describeContainerGroups({ regionId: REGION })]) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(CloudError);
      expect(error).toMatchObject({ kind: 'api', code: 'SignatureDoesNotMatch', requestId: expect.any(String) });
    }
  });
});

describe('retries against a failing localcloud', () => {
  let proxy: CountingProxy;
  const setFaults = async (faults: object) => {
    const response = await fetch(`${localcloud.url}${FAULTS_PATH}`, {
      method: 'PUT',
      headers: { [ADMIN_TOKEN_HEADER]: localcloud.adminToken, 'content-type': 'application/json' },
      body: JSON.stringify(faults),
    });
    expect(response.status).toBe(200);
  };
  beforeAll(async () => {
    proxy = await startCountingProxy(localcloud.endpoint);
    await setFaults({ errorRate: 1 });
  });
  afterAll(async () => {
    await setFaults({ errorRate: 0 });
    await proxy.close();
  });

  it('tries a read three times, then gives up with the 5xx', async () => {
    const error = await clientFor(proxy.endpoint).describeRegions().catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ kind: 'api', statusCode: expect.any(Number) });
    expect((error as CloudError).statusCode).toBeGreaterThanOrEqual(500);
    expect(proxy.actions).toEqual(['DescribeRegions', 'DescribeRegions', 'DescribeRegions']);
  });

  it('sends a power action once', async () => {
    proxy.actions.splice(0);
    const error = await clientFor(proxy.endpoint).stopInstance(REGION, 'i-any').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CloudError);
    expect(proxy.actions).toEqual(['StopInstance']);
  });
});
