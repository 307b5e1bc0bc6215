import * as $Eci from '@alicloud/eci20180808';
import * as $Ecs from '@alicloud/ecs20140526';
import type {
  CloudActionReceipt,
  CloudAssistantStatus,
  CloudConsoleOutput,
  CloudContainerGroupPage,
  CloudInstance,
  CloudInstancePage,
  CloudRegion,
  CloudScreenshot,
  DescribeContainerGroupsQuery,
  DescribeInstancesQuery,
} from './cloud-shapes.ts';
import { cloudAssistantClient, type CloudAssistantClient } from './cloud-assistant-client.ts';
import type { CredentialsProvider } from './credentials.ts';
import { toCloudContainerGroup } from './eci-mapping.ts';
import { toCloudAssistantStatus, toCloudInstance, toCloudRegion } from './ecs-mapping.ts';
import { callCloud, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.ts';
import { SdkClients } from './sdk-clients.ts';
import { CloudError } from './cloud-error.ts';
import { terminalClient, type TerminalCloudClient } from './terminal-client.ts';

/** The SDK types the body of a 2xx answer as optional; without one there is nothing to map. */
function bodyOf<B>(response: { body?: B | undefined }, operation: string): B {
  if (response.body === undefined) {
    throw new CloudError({ kind: 'invalid-response', code: 'InvalidResponse', message: 'The cloud answered without a body.', operation });
  }
  return response.body;
}

/** Everything the BFF asks of the cloud. Every method rejects with a CloudError only. */
export interface CloudClient extends CloudAssistantClient, TerminalCloudClient {
  describeRegions(options?: { acceptLanguage?: string }): Promise<readonly CloudRegion[]>;
  describeInstances(query: DescribeInstancesQuery): Promise<CloudInstancePage>;
  /** DescribeInstances for one id: undefined when the region has no such instance. */
  describeInstance(regionId: string, instanceId: string): Promise<CloudInstance | undefined>;
  startInstance(regionId: string, instanceId: string): Promise<CloudActionReceipt>;
  stopInstance(regionId: string, instanceId: string, options?: { force?: boolean }): Promise<CloudActionReceipt>;
  rebootInstance(regionId: string, instanceId: string, options?: { force?: boolean }): Promise<CloudActionReceipt>;
  getConsoleOutput(regionId: string, instanceId: string, options?: { removeSymbols?: boolean }): Promise<CloudConsoleOutput>;
  /** One call, never retried: the API refuses a second screenshot of an instance within 10 s (Throttling). */
  getInstanceScreenshot(regionId: string, instanceId: string): Promise<CloudScreenshot>;
  describeCloudAssistantStatus(regionId: string, instanceIds: readonly string[]): Promise<readonly CloudAssistantStatus[]>;
  describeContainerGroups(query: DescribeContainerGroupsQuery): Promise<CloudContainerGroupPage>;
}

export interface CloudClientOptions {
  readonly credentials: CredentialsProvider;
  /** `host:port` for both ECS and ECI, e.g. a localcloud; unset = the public endpoints. */
  readonly endpoint?: string | undefined;
  /** Default: http with an endpoint override, https otherwise. */
  readonly protocol?: 'http' | 'https' | undefined;
  readonly connectTimeoutMs?: number;
  readonly readTimeoutMs?: number;
  /** For reads, and for mutations that carry a ClientToken; other mutations are never retried. */
  readonly retry?: RetryPolicy;
  /** The region whose endpoint answers DescribeRegions, which takes none. */
  readonly homeRegionId?: string;
}

export function createCloudClient(options: CloudClientOptions): CloudClient {
  const sdk = new SdkClients({
    credentials: options.credentials,
    endpoint: options.endpoint,
    protocol: options.protocol ?? (options.endpoint === undefined ? 'https' : 'http'),
    // The SDK default is 3 s for both, too short for a slow DescribeInstances page. httpx, under both
    // SDKs, arms the read timer only on a fresh socket: on a reused keep-alive one the socket idle
    // timeout, which it takes from connectTimeout, is what ends a silent call.
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    readTimeoutMs: options.readTimeoutMs ?? 10_000,
  });
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  type Call<B> = () => Promise<{ body?: B | undefined }>;
  const run = <B>(operation: string, call: Call<B>, idempotent: boolean) =>
    callCloud(async () => bodyOf(await call(), operation), { operation, idempotent, policy });
  const read = <B>(operation: string, call: Call<B>) => run(operation, call, true);
  const act = <B>(operation: string, call: Call<B>) => run(operation, call, false);
  const homeRegionId = options.homeRegionId ?? 'cn-hangzhou';
  const calls = { read, mutate: <B>(operation: string, call: Call<B>, retryable: boolean) => run(operation, call, retryable) };

  const describeInstances = async (query: DescribeInstancesQuery): Promise<CloudInstancePage> => {
    const request = new $Ecs.DescribeInstancesRequest({
      regionId: query.regionId,
      pageNumber: query.pageNumber,
      pageSize: query.pageSize,
      status: query.status,
      instanceName: query.instanceName,
      instanceIds: query.instanceIds === undefined ? undefined : JSON.stringify(query.instanceIds),
      tag: query.tag === undefined ? undefined : [new $Ecs.DescribeInstancesRequestTag(query.tag)],
      resourceGroupId: query.resourceGroupId,
    });
    const body = await read('DescribeInstances', () => sdk.ecs(query.regionId).describeInstances(request));
    return {
      instances: (body.instances?.instance ?? []).map(toCloudInstance),
      totalCount: body.totalCount ?? 0,
      pageNumber: body.pageNumber ?? query.pageNumber ?? 1,
      pageSize: body.pageSize ?? query.pageSize ?? 10,
      requestId: body.requestId ?? '',
    };
  };

  return {
    ...cloudAssistantClient((regionId) => sdk.ecs(regionId), calls),
    ...terminalClient((regionId) => sdk.ecs(regionId), (regionId) => sdk.eci(regionId), calls),

    async describeRegions({ acceptLanguage } = {}) {
      const request = new $Ecs.DescribeRegionsRequest({ acceptLanguage });
      const body = await read('DescribeRegions', () => sdk.ecs(homeRegionId).describeRegions(request));
      return (body.regions?.region ?? []).map(toCloudRegion);
    },

    describeInstances,

    async describeInstance(regionId, instanceId) {
      const page = await describeInstances({ regionId, instanceIds: [instanceId] });
      return page.instances.find((instance) => instance.instanceId === instanceId);
    },

    async startInstance(regionId, instanceId) {
      const request = new $Ecs.StartInstanceRequest({ instanceId });
      const body = await act('StartInstance', () => sdk.ecs(regionId).startInstance(request));
      return { requestId: body.requestId ?? '' };
    },

    async stopInstance(regionId, instanceId, { force } = {}) {
      const request = new $Ecs.StopInstanceRequest({ instanceId, forceStop: force });
      const body = await act('StopInstance', () => sdk.ecs(regionId).stopInstance(request));
      return { requestId: body.requestId ?? '' };
    },

    async rebootInstance(regionId, instanceId, { force } = {}) {
      const request = new $Ecs.RebootInstanceRequest({ instanceId, forceStop: force });
      const body = await act('RebootInstance', () => sdk.ecs(regionId).rebootInstance(request));
      return { requestId: body.requestId ?? '' };
    },

    async getConsoleOutput(regionId, instanceId, { removeSymbols } = {}) {
      const request = new $Ecs.GetInstanceConsoleOutputRequest({ regionId, instanceId, removeSymbols });
      const body = await read('GetInstanceConsoleOutput', () => sdk.ecs(regionId).getInstanceConsoleOutput(request));
      return {
        instanceId: body.instanceId ?? instanceId,
        consoleOutput: body.consoleOutput ?? '',
        lastUpdateTime: body.lastUpdateTime ?? '',
        requestId: body.requestId ?? '',
      };
    },

    async getInstanceScreenshot(regionId, instanceId) {
      const request = new $Ecs.GetInstanceScreenshotRequest({ regionId, instanceId });
      // `act` runs it once: a retry after Throttling or a timeout would land inside the 10 s interval
      // the first attempt started, and be throttled itself.
      const body = await act('GetInstanceScreenshot', () => sdk.ecs(regionId).getInstanceScreenshot(request));
      return { instanceId: body.instanceId ?? instanceId, screenshot: body.screenshot ?? '', requestId: body.requestId ?? '' };
    },

    async describeCloudAssistantStatus(regionId, instanceIds) {
      const request = new $Ecs.DescribeCloudAssistantStatusRequest({ regionId, instanceId: [...instanceIds] });
      const body = await read('DescribeCloudAssistantStatus', () => sdk.ecs(regionId).describeCloudAssistantStatus(request));
      return (body.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus ?? []).map(toCloudAssistantStatus);
    },

    async describeContainerGroups(query) {
      const request = new $Eci.DescribeContainerGroupsRequest({
        regionId: query.regionId,
        limit: query.limit,
        nextToken: query.nextToken,
        containerGroupName: query.containerGroupName,
        status: query.status,
        containerGroupIds: query.containerGroupIds === undefined ? undefined : JSON.stringify(query.containerGroupIds),
      });
      const body = await read('DescribeContainerGroups', () => sdk.eci(query.regionId).describeContainerGroups(request));
      return {
        containerGroups: (body.containerGroups ?? []).map(toCloudContainerGroup),
        totalCount: body.totalCount ?? 0,
        nextToken: body.nextToken === '' ? undefined : body.nextToken,
        requestId: body.requestId ?? '',
      };
    },
  };
}
