import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudClient, type CloudClient } from './cloud-client.ts';
import { CloudError, type CloudErrorFields } from './cloud-error.ts';
import { staticCredentials } from './credentials.ts';
import { callCloud, isRetryable, retryDelay, type RetryPolicy } from './retry-policy.ts';
import { jsonAnswer, rawAnswer, startFakeCloudServer, type FakeCloudServer } from './testing/fake-cloud-server.ts';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 };
const cloudError = (fields: Partial<CloudErrorFields>) =>
  new CloudError({ kind: 'api', code: 'X', message: 'm', operation: 'Op', ...fields });

describe('isRetryable', () => {
  it.each([
    ['throttling', cloudError({ code: 'Throttling.User', statusCode: 400 }), true],
    ['a 5xx', cloudError({ code: 'InternalError', statusCode: 500 }), true],
    ['a timeout', cloudError({ kind: 'timeout' }), true],
    ['an unreachable cloud', cloudError({ kind: 'network' }), true],
    ['a ClientToken still being processed', cloudError({ code: 'IdempotentProcessing', statusCode: 403 }), true],
    ['a ClientToken reused with other parameters', cloudError({ code: 'IdempotentParameterMismatch', statusCode: 403 }), false],
    ['a signature error', cloudError({ code: 'SignatureDoesNotMatch', statusCode: 400 }), false],
    ['a wrong state', cloudError({ code: 'IncorrectInstanceStatus', statusCode: 403 }), false],
    ['a non-JSON answer', cloudError({ kind: 'invalid-response' }), false],
    ['missing credentials', cloudError({ kind: 'credentials' }), false],
  ])('%s: %s', (_name, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially with full jitter, capped', () => {
    const error = cloudError({ statusCode: 503 });
    expect(retryDelay(policy, 1, error, () => 1)).toBe(100);
    expect(retryDelay(policy, 3, error, () => 1)).toBe(400);
    expect(retryDelay(policy, 3, error, () => 0.5)).toBe(200);
    expect(retryDelay(policy, 10, error, () => 1)).toBe(1000);
  });
  it("follows the cloud's retry-after, capped", () => {
    expect(retryDelay(policy, 1, cloudError({ code: 'Throttling', retryAfterMs: 600 }))).toBe(600);
    expect(retryDelay(policy, 1, cloudError({ code: 'Throttling', retryAfterMs: 60_000 }))).toBe(1000);
  });
});

describe('callCloud', () => {
  const failing = (errors: unknown[]) => {
    let calls = 0;
    const call = async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'ok';
    };
    return { call, calls: () => calls };
  };
  const waits: number[] = [];
  const wait = async (ms: number) => void waits.push(ms);
  beforeEach(() => void waits.splice(0));

  it('retries a read until it succeeds', async () => {
    const fake = failing([cloudError({ statusCode: 503 }), cloudError({ code: 'Throttling', retryAfterMs: 5 })]);
    await expect(callCloud(fake.call, { operation: 'Op', idempotent: true, policy, wait })).resolves.toBe('ok');
    expect(fake.calls()).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBe(5);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const last = cloudError({ code: 'ServiceUnavailable', statusCode: 503 });
    const fake = failing([cloudError({ statusCode: 500 }), cloudError({ statusCode: 500 }), last, undefined]);
    await expect(callCloud(fake.call, { operation: 'Op', idempotent: true, policy, wait })).rejects.toBe(last);
    expect(fake.calls()).toBe(3);
  });

  it('never retries a non-idempotent call', async () => {
    const fake = failing([cloudError({ statusCode: 503 }), undefined]);
    await expect(callCloud(fake.call, { operation: 'StartInstance', idempotent: false, policy, wait })).rejects.toBeInstanceOf(CloudError);
    expect(fake.calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('does not retry what a retry cannot fix', async () => {
    const fake = failing([cloudError({ code: 'InvalidParameter', statusCode: 400 }), undefined]);
    await expect(callCloud(fake.call, { operation: 'Op', idempotent: true, policy, wait })).rejects.toMatchObject({ code: 'InvalidParameter' });
    expect(fake.calls()).toBe(1);
  });

  it('maps what the call throws', async () => {
    const fake = failing([new SyntaxError('Unexpected end of JSON input')]);
    await expect(callCloud(fake.call, { operation: 'Op', idempotent: true, policy, wait })).rejects.toMatchObject({
      kind: 'invalid-response',
      operation: 'Op',
    });
  });
});

describe('the retry policy on the wire', () => {
  let server: FakeCloudServer;
  let client: CloudClient;
  const unavailable = jsonAnswer(503, { RequestId: 'R', Code: 'ServiceUnavailable', Message: 'try later' });
  const regions = jsonAnswer(200, { RequestId: 'R', Regions: { Region: [{ RegionId: 'cn-hangzhou', LocalName: 'Hangzhou' }] } });

  beforeAll(async () => {
    server = await startFakeCloudServer();
    client = createCloudClient({
      credentials: staticCredentials({ accessKeyId: 'FAKECLOUDTESTKEYID', accessKeySecret: 'fake-cloud-test-secret' }),
      endpoint: server.endpoint,
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    });
  });
  afterAll(() => server.close());
  beforeEach(() => server.actions.splice(0));

  it('repeats a Describe call after 5xx and throttling answers', async () => {
    server.answer(unavailable, jsonAnswer(400, { RequestId: 'R', Code: 'Throttling.Api', Message: 'slow' }, { 'x-acs-retry-after': '1' }), regions);
    await expect(client.describeRegions()).resolves.toEqual([expect.objectContaining({ regionId: 'cn-hangzhou' })]);
    expect(server.actions).toEqual(['DescribeRegions', 'DescribeRegions', 'DescribeRegions']);
  });

  it('sends a power action once, whatever the answer', async () => {
    server.answer(unavailable, jsonAnswer(200, { RequestId: 'R' }));
    await expect(client.stopInstance('cn-hangzhou', 'i-1')).rejects.toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
    await expect(client.rebootInstance('cn-hangzhou', 'i-1')).resolves.toEqual({ requestId: 'R' });
    expect(server.actions).toEqual(['StopInstance', 'RebootInstance']);
  });

  it('does not repeat a call answered with a non-JSON page', async () => {
    server.answer(rawAnswer(502, '<html>bad gateway</html>'), regions);
    await expect(client.describeRegions()).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(server.actions).toEqual(['DescribeRegions']);
  });
});
