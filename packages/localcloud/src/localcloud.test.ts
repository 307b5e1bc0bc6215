import EciPkg, * as $Eci from '@alicloud/eci20180808';
import EcsPkg, * as $Ecs from '@alicloud/ecs20140526';
import { Config as EciConfig } from '@alicloud/openapi-client';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER, FAULTS_PATH } from './gateway/admin-routes.ts';
import { startLocalcloud, type Localcloud } from './localcloud.ts';

// Node's ESM loader hands over the CommonJS module (class on `.default`); vitest's interop the class.
const Ecs = EcsPkg.default ?? (EcsPkg as unknown as typeof EcsPkg.default);
const Eci = EciPkg.default ?? (EciPkg as unknown as typeof EciPkg.default);

const KEY = { accessKeyId: 'LOCALCLOUDTESTKEYID', accessKeySecret: 'localcloud-test-secret' };

describe('startLocalcloud with the simulated world', () => {
  let cloud: Localcloud;
  beforeAll(async () => {
    cloud = await startLocalcloud({ keys: [KEY], seed: 'gateway-test', timing: 'fast' });
  });
  afterAll(() => cloud.close());

  it('reports a loopback endpoint, the first key pair and an admin token', () => {
    expect(cloud.endpoint).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(cloud.url).toBe(`http://${cloud.endpoint}`);
    expect([cloud.accessKeyId, cloud.accessKeySecret]).toEqual([KEY.accessKeyId, KEY.accessKeySecret]);
    expect(cloud.adminToken.length).toBeGreaterThanOrEqual(24);
  });

  it('serves ECS and ECI to the official SDKs', async () => {
    const ecs = new Ecs(new $OpenApiUtil.Config({ ...KEY, endpoint: cloud.endpoint, protocol: 'http', readTimeout: 5000 }));
    const regions = await ecs.describeRegions(new $Ecs.DescribeRegionsRequest({}));
    const regionId = regions.body?.regions?.region?.[0]?.regionId;
    expect(regionId).toBeTruthy();

    const eci = new Eci(new EciConfig({ ...KEY, endpoint: cloud.endpoint, protocol: 'http', readTimeout: 5000 }));
    const groups = await eci.describeContainerGroups(new $Eci.DescribeContainerGroupsRequest({ regionId }));
    expect(groups.statusCode).toBe(200);
    expect(groups.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('guards the admin endpoint with the reported token', async () => {
    const response = await fetch(`${cloud.url}${FAULTS_PATH}`, { headers: { [ADMIN_TOKEN_HEADER]: cloud.adminToken } });
    expect(response.status).toBe(200);
  });
});
