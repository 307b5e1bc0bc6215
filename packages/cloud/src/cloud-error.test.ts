import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudClient, type CloudClient } from './cloud-client.ts';
import { CloudError } from './cloud-error.ts';
import { staticCredentials } from './credentials.ts';
import { jsonAnswer, rawAnswer, silence, startFakeCloudServer, type FakeCloudServer } from './testing/fake-cloud-server.ts';

// The real SDKs against a scripted server: the errors under test are the ones the SDKs really throw.
let server: FakeCloudServer;
let client: CloudClient;

beforeAll(async () => {
  server = await startFakeCloudServer();
  client = createCloudClient({
    credentials: staticCredentials({ accessKeyId: 'FAKECLOUDTESTKEYID', accessKeySecret: 'fake-cloud-test-secret' }),
    endpoint: server.endpoint,
    // httpx (under both SDKs) only arms its read timer on a fresh socket; on a reused keep-alive
    // socket the idle timeout, which it sets from connectTimeout, is what fires.
    readTimeoutMs: 300,
    connectTimeoutMs: 300,
    retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  });
});
afterAll(() => server.close());
beforeEach(() => server.actions.splice(0));

async function failure(call: () => Promise<unknown>): Promise<CloudError> {
  const error = await call().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CloudError);
  return error as CloudError;
}

const apiError = (status: number, code: string, headers: Record<string, string> = {}) =>
  jsonAnswer(status, { RequestId: `REQ-${code}`, HostId: 'ecs.aliyuncs.com', Code: code, Message: `message of ${code}` }, headers);

describe('toCloudError through the ECS SDK (openapi-core)', () => {
  it('keeps the code, message, request id and status of an API error', async () => {
    server.answer(apiError(400, 'SignatureDoesNotMatch'));
    const error = await failure(() => client.describeRegions());
    expect(error).toMatchObject({
      kind: 'api',
      code: 'SignatureDoesNotMatch',
      message: 'message of SignatureDoesNotMatch',
      requestId: 'REQ-SignatureDoesNotMatch',
      statusCode: 400,
      operation: 'DescribeRegions',
    });
  });

  it('reads the retry-after of a throttling answer', async () => {
    server.answer(apiError(400, 'Throttling.User', { 'x-acs-retry-after': '750' }));
    const error = await failure(() => client.startInstance('cn-hangzhou', 'i-1'));
    expect(error).toMatchObject({ kind: 'api', code: 'Throttling.User', retryAfterMs: 750, isThrottling: true });
  });

  it('keeps the status of a server error', async () => {
    server.answer(apiError(503, 'ServiceUnavailable'));
    expect(await failure(() => client.getConsoleOutput('cn-hangzhou', 'i-1'))).toMatchObject({ kind: 'api', statusCode: 503 });
  });

  it('maps a non-JSON error page (the SDK throws a SyntaxError)', async () => {
    server.answer(rawAnswer(502, '<html><body>Bad Gateway</body></html>'));
    const error = await failure(() => client.describeRegions());
    expect(error).toMatchObject({ kind: 'invalid-response', code: 'InvalidResponse' });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('maps an empty error body (a proxy refusing long headers)', async () => {
    server.answer(rawAnswer(431, ''));
    expect(await failure(() => client.describeRegions())).toMatchObject({ kind: 'invalid-response' });
  });

  it('maps a read timeout', async () => {
    server.answer(silence);
    expect(await failure(() => client.describeRegions())).toMatchObject({ kind: 'timeout', code: 'RequestTimeout' });
  });
});

describe('toCloudError through the ECI SDK (openapi-client)', () => {
  it('keeps the code, message, request id and status of an API error', async () => {
    server.answer(apiError(404, 'InvalidAccessKeyId.NotFound'));
    const error = await failure(() => client.describeContainerGroups({ regionId: 'cn-hangzhou' }));
    expect(error).toMatchObject({
      kind: 'api',
      code: 'InvalidAccessKeyId.NotFound',
      message: 'message of InvalidAccessKeyId.NotFound',
      requestId: 'REQ-InvalidAccessKeyId.NotFound',
      statusCode: 404,
      operation: 'DescribeContainerGroups',
    });
  });

  it('maps a non-JSON error page', async () => {
    server.answer(rawAnswer(502, 'upstream failed', 'text/plain'));
    expect(await failure(() => client.describeContainerGroups({ regionId: 'cn-hangzhou' }))).toMatchObject({ kind: 'invalid-response' });
  });
});

describe('toCloudError without a server', () => {
  it('maps a refused connection', async () => {
    const gone = await startFakeCloudServer();
    await gone.close();
    const offline = createCloudClient({
      credentials: staticCredentials({ accessKeyId: 'FAKECLOUDTESTKEYID', accessKeySecret: 'fake-cloud-test-secret' }),
      endpoint: gone.endpoint,
      retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    });
    expect(await failure(() => offline.describeRegions())).toMatchObject({ kind: 'network', code: 'NetworkError' });
    expect(await failure(() => offline.describeContainerGroups({ regionId: 'cn-hangzhou' }))).toMatchObject({ kind: 'network' });
  });

  it('maps a failing credential source', async () => {
    const noKeys = createCloudClient({
      credentials: { getProviderName: () => 'none', getCredentials: () => Promise.reject(new Error('no cloud credentials found')) },
      endpoint: server.endpoint,
    });
    expect(await failure(() => noKeys.describeRegions())).toMatchObject({ kind: 'credentials', code: 'CredentialsUnavailable' });
    expect(server.actions).toEqual([]);
  });
});
