import EciPkg, * as $Eci from '@alicloud/eci20180808';
import EcsPkg, * as $Ecs from '@alicloud/ecs20140526';
import { Config as EciConfig } from '@alicloud/openapi-client';
import { $OpenApiUtil, ThrottlingError } from '@alicloud/openapi-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER, FAULTS_PATH } from './admin-routes.ts';
import type { FaultSettings } from './faults.ts';
import { FIXTURE_ADMIN_TOKEN, FIXTURE_KEY, FIXTURE_STS_KEY, startFixtureGateway, type FixtureGateway } from './fixture-gateway.ts';
import type { SigningKey } from './sign-request.ts';

// The official SDKs, unchanged, against the gateway on a real loopback socket. Node's ESM loader hands
// over the CommonJS module (client class on `.default`); vitest's interop hands over the class itself.
const Ecs = EcsPkg.default ?? (EcsPkg as unknown as typeof EcsPkg.default);
const Eci = EciPkg.default ?? (EciPkg as unknown as typeof EciPkg.default);

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.close());

// Both SDK generations take the same options; only their Config classes differ.
const clientOptions = (key: SigningKey, signatureAlgorithm?: 'v2') => ({
  ...key,
  regionId: 'cn-hangzhou',
  endpoint: gateway.endpoint,
  protocol: 'http',
  readTimeout: 5000,
  connectTimeout: 5000,
  ...(signatureAlgorithm ? { signatureAlgorithm } : {}),
});

const ecs = (key: SigningKey, signatureAlgorithm?: 'v2') => new Ecs(new $OpenApiUtil.Config(clientOptions(key, signatureAlgorithm)));

const eci = (key: SigningKey, signatureAlgorithm?: 'v2') => new Eci(new EciConfig(clientOptions(key, signatureAlgorithm)));

const describeRegions = (key: SigningKey, signatureAlgorithm?: 'v2') =>
  ecs(key, signatureAlgorithm).describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'en-US' }));

/** The SDK error for a call expected to fail, with the fields callers switch on. */
async function failure(call: Promise<unknown>): Promise<{ code: string; statusCode: number; requestId: string; error: unknown }> {
  const error = await call.then(
    () => expect.fail('the call should have failed'),
    (caught: unknown) => caught,
  );
  const fields = error as { code: string; statusCode: number; data?: { RequestId?: string } };
  return { code: fields.code, statusCode: fields.statusCode, requestId: fields.data?.RequestId ?? '', error };
}

async function setFaults(faults: Partial<FaultSettings>): Promise<void> {
  const response = await fetch(`${gateway.url}${FAULTS_PATH}`, {
    method: 'PUT',
    headers: { [ADMIN_TOKEN_HEADER]: FIXTURE_ADMIN_TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(response.status).toBe(200);
}

describe('signatures from the official SDKs', () => {
  it.each([
    ['V3 (ACS3-HMAC-SHA256)', undefined],
    ['V1 (HMAC-SHA1, signatureAlgorithm v2)', 'v2' as const],
  ])('ECS accepts %s', async (_name, algorithm) => {
    const response = await describeRegions(FIXTURE_KEY, algorithm);
    expect(response.statusCode).toBe(200);
    expect(response.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(response.body?.regions?.region?.[0]?.localName).toBe('en-US');
  });

  it.each([
    ['V3', undefined],
    ['V1', 'v2' as const],
  ])('ECI accepts %s', async (_name, algorithm) => {
    const response = await eci(FIXTURE_KEY, algorithm).describeRegions(new $Eci.DescribeRegionsRequest({}));
    expect(response.body?.regions?.[0]?.regionEndpoint).toBe('eci.aliyuncs.com');
  });

  // The server's string to sign shows which scheme the SDK really used.
  it.each([
    [undefined, 'ACS3-HMAC-SHA256\n'],
    ['v2' as const, 'POST&%2F&AcceptLanguage%3Den-US%26AccessKeyId%3D'],
  ])('a wrong secret gives SignatureDoesNotMatch (%s)', async (algorithm, stringToSign) => {
    const { code, statusCode, requestId, error } = await failure(describeRegions({ ...FIXTURE_KEY, accessKeySecret: 'wrong' }, algorithm));
    expect([code, statusCode]).toEqual(['SignatureDoesNotMatch', 400]);
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect((error as { data: { Message: string } }).data.Message).toContain(`server string to sign is:${stringToSign}`);
  });

  it('an unknown key gives InvalidAccessKeyId.NotFound', async () => {
    const { code, statusCode } = await failure(describeRegions({ accessKeyId: 'LOCALCLOUDUNKNOWNKEY', accessKeySecret: 'x' }));
    expect([code, statusCode]).toEqual(['InvalidAccessKeyId.NotFound', 404]);
  });

  it('an action the product does not implement gives InvalidAction.NotFound', async () => {
    const { code, statusCode } = await failure(
      ecs(FIXTURE_KEY).describeInstanceVncUrl(new $Ecs.DescribeInstanceVncUrlRequest({ regionId: 'cn-hangzhou', instanceId: 'i-1' })),
    );
    expect([code, statusCode]).toEqual(['InvalidAction.NotFound', 404]);
  });
});

describe('STS temporary credentials through the SDKs', () => {
  it.each([undefined, 'v2' as const])('accepts the right token (%s)', async (algorithm) => {
    expect((await describeRegions(FIXTURE_STS_KEY, algorithm)).statusCode).toBe(200);
  });

  it.each([undefined, 'v2' as const])('refuses a wrong token (%s)', async (algorithm) => {
    const { code } = await failure(describeRegions({ ...FIXTURE_STS_KEY, securityToken: 'not-the-token' }, algorithm));
    expect(code).toBe('InvalidSecurityToken.Malformed');
  });

  it('refuses a temporary key sent without its token', async () => {
    const { accessKeyId, accessKeySecret } = FIXTURE_STS_KEY;
    expect((await failure(describeRegions({ accessKeyId, accessKeySecret }))).code).toBe('MissingSecurityToken');
  });

  it('refuses an expired token', async () => {
    const expired = await startFixtureGateway({ keys: [{ ...FIXTURE_STS_KEY, expiresAt: Date.now() - 1000 }] });
    try {
      const client = new Ecs(new $OpenApiUtil.Config({ ...FIXTURE_STS_KEY, endpoint: expired.endpoint, protocol: 'http' }));
      const { code, statusCode } = await failure(client.describeRegions(new $Ecs.DescribeRegionsRequest({})));
      expect([code, statusCode]).toEqual(['InvalidSecurityToken.Expired', 403]);
    } finally {
      await expired.close();
    }
  });
});

describe('injected faults as the SDKs see them', () => {
  afterEach(() => setFaults({ throttleRate: 0, errorRate: 0, rateLimitPerSecond: 0, rateLimitBurst: 0 }));

  it('throttling is a ThrottlingError with code, RequestId and retry-after', async () => {
    await setFaults({ throttleRate: 1 });
    const { code, statusCode, requestId, error } = await failure(describeRegions(FIXTURE_KEY));
    expect([code, statusCode]).toEqual(['Throttling', 400]);
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(error).toBeInstanceOf(ThrottlingError);
    expect((error as ThrottlingError).retryAfter).toBe(1000);
  });

  it('throttling uses the status a product documents for the action (429 for GetInstanceConsoleOutput)', async () => {
    await setFaults({ throttleRate: 1 });
    const call = ecs(FIXTURE_KEY).getInstanceConsoleOutput(
      new $Ecs.GetInstanceConsoleOutputRequest({ regionId: 'cn-hangzhou', instanceId: 'i-fixture' }),
    );
    const { code, statusCode } = await failure(call);
    expect([code, statusCode]).toEqual(['Throttling', 429]);
  });

  it('server faults are 5xx errors with code and RequestId, for ECS and ECI alike', async () => {
    await setFaults({ errorRate: 1 });
    const fromEcs = await failure(describeRegions(FIXTURE_KEY));
    expect(['ServiceUnavailable:503', 'InternalError:500']).toContain(`${fromEcs.code}:${fromEcs.statusCode}`);
    expect(fromEcs.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const fromEci = await failure(eci(FIXTURE_KEY).describeRegions(new $Eci.DescribeRegionsRequest({})));
    expect(['ServiceUnavailable:503', 'InternalError:500']).toContain(`${fromEci.code}:${fromEci.statusCode}`);
  });

  it('the per-(key, action) token bucket throttles a burst and leaves other actions alone', async () => {
    await setFaults({ rateLimitPerSecond: 1, rateLimitBurst: 2 });
    const client = ecs(FIXTURE_KEY);
    await describeRegions(FIXTURE_KEY);
    await describeRegions(FIXTURE_KEY);
    const { code } = await failure(describeRegions(FIXTURE_KEY));
    expect(code).toBe('Throttling');
    const other = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou' }));
    expect(other.statusCode).toBe(200);
  });
});
