import type { AddressInfo } from 'node:net';
import { ApiError } from '../api-error.ts';
import type { ProductApi } from '../operation.ts';
import { buildGateway, type GatewayOptions } from '../server.ts';

/** Test-only products: just enough ECS and ECI to exercise the gateway without the simulated world. */
export const fixtureEcs: ProductApi = {
  product: 'Ecs',
  version: '2014-05-26',
  hostId: 'ecs.aliyuncs.com',
  operations: {
    DescribeRegions: ({ params }) => ({
      Regions: { Region: [{ RegionId: 'cn-hangzhou', LocalName: params['AcceptLanguage'] ?? 'zh-CN', RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com', Status: 'available' }] },
    }),
    /** Echoes what the operation was given, so tests can see the decoded parameters. */
    DescribeInstances: ({ params, accessKeyId }) => ({ Echo: params, Caller: accessKeyId, Instances: { Instance: [] }, TotalCount: 0 }),
    GetInstanceConsoleOutput: () => ({ InstanceId: 'i-fixture', ConsoleOutput: '' }),
    StopInstance: () => {
      throw new ApiError(403, 'IncorrectInstanceStatus', 'The current status of the resource does not support this operation.');
    },
    RebootInstance: () => {
      throw new Error('boom: an operation bug');
    },
  },
  throttlingStatus: { GetInstanceConsoleOutput: 429 },
};

export const fixtureEci: ProductApi = {
  product: 'Eci',
  version: '2018-08-08',
  hostId: 'eci.aliyuncs.com',
  operations: {
    DescribeRegions: () => ({ Regions: [{ RegionId: 'cn-hangzhou', RegionEndpoint: 'eci.aliyuncs.com', RecommendZones: [] }] }),
  },
};

export const FIXTURE_KEY = { accessKeyId: 'LOCALCLOUDTESTKEYID', accessKeySecret: 'localcloud-test-secret' } as const;
export const FIXTURE_STS_KEY = {
  accessKeyId: 'STS.LOCALCLOUDTESTKEYID',
  accessKeySecret: 'localcloud-test-sts-secret',
  securityToken: 'LOCALCLOUD-TEST-STS-TOKEN==',
} as const;
export const FIXTURE_ADMIN_TOKEN = 'localcloud-test-admin-token';

export interface FixtureGateway {
  readonly endpoint: string;
  readonly url: string;
  close(): Promise<void>;
}

/** The gateway over the fixture products, listening on an ephemeral loopback port. */
export async function startFixtureGateway(options: Partial<GatewayOptions> = {}): Promise<FixtureGateway> {
  const app = await buildGateway({
    products: [fixtureEcs, fixtureEci],
    keys: [FIXTURE_KEY, FIXTURE_STS_KEY],
    adminToken: FIXTURE_ADMIN_TOKEN,
    ...options,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const endpoint = `127.0.0.1:${port}`;
  return { endpoint, url: `http://${endpoint}`, close: () => app.close() };
}
