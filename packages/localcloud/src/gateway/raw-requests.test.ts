import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER, FAULTS_PATH } from './admin-routes.ts';
import { FIXTURE_ADMIN_TOKEN, FIXTURE_KEY, FIXTURE_STS_KEY, startFixtureGateway, type FixtureGateway } from './fixture-gateway.ts';
import { encodeQuery, signV1, signV3, type SigningKey, type V3Request } from './sign-request.ts';
import { sha256Hex } from './signature-v3.ts';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.close());

const UUID_UPPER = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

async function send(path: string, init: RequestInit): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${gateway.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

function v3(request: Omit<V3Request, 'host' | 'version'> & { version?: string }, key: SigningKey = FIXTURE_KEY) {
  const signed = signV3({ version: '2014-05-26', host: gateway.endpoint, ...request }, key);
  return send(signed.path, { method: request.method, headers: signed.headers, ...(request.body ? { body: request.body } : {}) });
}

describe('V3 over the wire', () => {
  it('accepts a signed call and answers with an upper-case RequestId', async () => {
    const { status, body } = await v3({ method: 'POST', action: 'DescribeRegions', query: { AcceptLanguage: 'en-US' } });
    expect(status).toBe(200);
    expect(body['RequestId']).toMatch(UUID_UPPER);
    expect(body['Regions']).toEqual({ Region: [expect.objectContaining({ LocalName: 'en-US' })] });
  });

  it('hands operations the decoded query and form parameters, `+` kept literal', async () => {
    const body = 'Tag.1.Value=prod%2Bblue&Note=a+b';
    const { status, body: reply } = await v3({
      method: 'POST',
      action: 'DescribeInstances',
      query: { RegionId: 'cn-hangzhou', InstanceName: "web 01*(a)'b~!中" },
      body,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(status).toBe(200);
    expect(reply['Echo']).toEqual({ RegionId: 'cn-hangzhou', InstanceName: "web 01*(a)'b~!中", 'Tag.1.Value': 'prod+blue', Note: 'a+b' });
    expect(reply['Caller']).toBe(FIXTURE_KEY.accessKeyId);
  });

  it('accepts GET as well as POST', async () => {
    expect((await v3({ method: 'GET', action: 'DescribeRegions' })).status).toBe(200);
  });

  it('refuses a timestamp more than 15 minutes off', async () => {
    const stale = new Date(Date.now() - 16 * 60 * 1000);
    const { status, body } = await v3({ method: 'POST', action: 'DescribeRegions', date: stale });
    expect([status, body['Code']]).toEqual([400, 'InvalidTimeStamp.Expired']);
  });

  it('refuses a replayed nonce, but not the same nonce from another key', async () => {
    const nonce = `nonce-${Date.now()}`;
    expect((await v3({ method: 'POST', action: 'DescribeRegions', nonce })).status).toBe(200);
    const replay = await v3({ method: 'POST', action: 'DescribeRegions', nonce });
    expect([replay.status, replay.body['Code']]).toEqual([400, 'SignatureNonceUsed']);
    expect((await v3({ method: 'POST', action: 'DescribeRegions', nonce }, FIXTURE_STS_KEY)).status).toBe(200);
  });

  it('refuses a body that does not match the signed content hash', async () => {
    const signed = signV3(
      { method: 'POST', host: gateway.endpoint, action: 'DescribeInstances', version: '2014-05-26', body: 'RegionId=cn-hangzhou', contentType: 'application/x-www-form-urlencoded' },
      FIXTURE_KEY,
    );
    const tampered = await send(signed.path, { method: 'POST', headers: signed.headers, body: 'RegionId=cn-shanghai' });
    expect([tampered.status, tampered.body['Code']]).toEqual([400, 'SignatureDoesNotMatch']);
    const rehashed = { ...signed.headers, 'x-acs-content-sha256': sha256Hex('RegionId=cn-shanghai') };
    const forged = await send(signed.path, { method: 'POST', headers: rehashed, body: 'RegionId=cn-shanghai' });
    expect([forged.status, forged.body['Code']]).toEqual([400, 'SignatureDoesNotMatch']);
  });

  it('refuses a request whose method differs from the signed one', async () => {
    const signed = signV3({ method: 'POST', host: gateway.endpoint, action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_KEY);
    const { body } = await send(signed.path, { method: 'GET', headers: signed.headers });
    expect(body['Code']).toBe('SignatureDoesNotMatch');
    expect(body['Message']).toMatch(/^Specified signature is not matched with our calculation\. server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
  });

  it('needs the core headers signed', async () => {
    const signed = signV3({ method: 'POST', host: gateway.endpoint, action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_KEY);
    const authorization = (signed.headers['authorization'] ?? '').replace('x-acs-date;', '');
    const { status, body } = await send(signed.path, { method: 'POST', headers: { ...signed.headers, authorization } });
    expect([status, body['Code']]).toEqual([400, 'IncompleteSignature']);
  });

  it('answers a garbled Authorization header with IncompleteSignature', async () => {
    const { body } = await send('/', { method: 'POST', headers: { authorization: 'Bearer x', 'x-acs-version': '2014-05-26' } });
    expect(body['Code']).toBe('IncompleteSignature');
  });

  it('dispatches on the version: ECI answers with its own HostId, an unknown version is refused', async () => {
    const eci = await v3({ method: 'POST', action: 'DescribeRegions', version: '2018-08-08' });
    expect(eci.body['Regions']).toEqual([expect.objectContaining({ RegionEndpoint: 'eci.aliyuncs.com' })]);
    const unknown = await v3({ method: 'POST', action: 'DescribeRegions', version: '2099-01-01' });
    expect([unknown.status, unknown.body['Code']]).toEqual([400, 'InvalidVersion']);
  });

  it('answers an unknown action with InvalidAction.NotFound and the error envelope', async () => {
    const { status, body } = await v3({ method: 'POST', action: 'toString' });
    expect(status).toBe(404);
    expect(body).toEqual({
      RequestId: expect.stringMatching(UUID_UPPER),
      HostId: 'ecs.aliyuncs.com',
      Code: 'InvalidAction.NotFound',
      Message: 'Specified api is not found, please check your url and method.',
      Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidAction.NotFound&product=Ecs&requestId=${String(body['RequestId'])}`,
    });
  });

  it('passes ApiErrors through and hides unexpected exceptions behind InternalError', async () => {
    const refused = await v3({ method: 'POST', action: 'StopInstance' });
    expect([refused.status, refused.body['Code']]).toEqual([403, 'IncorrectInstanceStatus']);
    const crashed = await v3({ method: 'POST', action: 'RebootInstance' });
    expect([crashed.status, crashed.body['Code']]).toEqual([500, 'InternalError']);
    expect(JSON.stringify(crashed.body)).not.toContain('boom');
  });

  it('accepts a ~40 KB query string', async () => {
    const { status } = await v3({ method: 'POST', action: 'DescribeInstances', query: { CommandContent: 'A'.repeat(40_000) } });
    expect(status).toBe(200);
  });
});

describe('V1 over the wire', () => {
  it('accepts GET with parameters in the query', async () => {
    const params = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_KEY);
    const { status, body } = await send(`/?${encodeQuery(params)}`, { method: 'GET' });
    expect(status).toBe(200);
    expect(body['RequestId']).toMatch(UUID_UPPER);
  });

  it('accepts POST with parameters in a form body, and strips the envelope from the operation parameters', async () => {
    const params = signV1({ method: 'POST', action: 'DescribeInstances', version: '2014-05-26', params: { RegionId: 'cn-hangzhou' } }, FIXTURE_KEY);
    const { status, body } = await send('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodeQuery(params),
    });
    expect(status).toBe(200);
    expect(body['Echo']).toEqual({ RegionId: 'cn-hangzhou' });
  });

  it('a GET signature does not verify as a POST, and the message shows the server string to sign', async () => {
    const params = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_KEY);
    const { status, body } = await send(`/?${encodeQuery(params)}`, { method: 'POST' });
    expect([status, body['Code']]).toEqual([400, 'SignatureDoesNotMatch']);
    expect(body['Message']).toContain('server string to sign is:POST&%2F&AccessKeyId%3D');
  });

  it('accepts a Signature whose `+` was sent unencoded or as a space', async () => {
    // Retry until the signature contains a `+`, so the quirk is really exercised.
    let params = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_KEY);
    while (!params['Signature']?.includes('+')) params = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_KEY);
    const { Signature: signature = '', ...rest } = params;
    const raw = await send(`/?${encodeQuery(rest)}&Signature=${signature.replaceAll('/', '%2F').replaceAll('=', '%3D')}`, { method: 'GET' });
    expect(raw.status).toBe(200);
    const rest2 = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26', nonce: `${params['SignatureNonce']}-2` }, FIXTURE_KEY);
    const spaced = { ...rest2, Signature: (rest2['Signature'] ?? '').replaceAll('+', ' ') };
    expect((await send(`/?${encodeQuery(spaced)}`, { method: 'GET' })).status).toBe(200);
  });

  it('asks for missing parameters and refuses unknown keys', async () => {
    const missing = await send('/?Action=DescribeRegions&Version=2014-05-26', { method: 'GET' });
    expect([missing.status, missing.body['Code']]).toEqual([400, 'MissingParameter']);
    const unknown = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, { accessKeyId: 'NOSUCHKEY', accessKeySecret: 'x' });
    const reply = await send(`/?${encodeQuery(unknown)}`, { method: 'GET' });
    expect([reply.status, reply.body['Code']]).toEqual([404, 'InvalidAccessKeyId.NotFound']);
  });

  it('checks the STS token, which V1 carries as a signed parameter', async () => {
    const ok = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, FIXTURE_STS_KEY);
    expect((await send(`/?${encodeQuery(ok)}`, { method: 'GET' })).status).toBe(200);
    const noToken = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, { ...FIXTURE_STS_KEY, securityToken: '' });
    expect((await send(`/?${encodeQuery(noToken)}`, { method: 'GET' })).body['Code']).toBe('MissingSecurityToken');
    const wrongSecret = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, { ...FIXTURE_STS_KEY, accessKeySecret: 'wrong' });
    const mismatch = await send(`/?${encodeQuery(wrongSecret)}`, { method: 'GET' });
    expect(mismatch.body['Code']).toBe('SignatureDoesNotMatch');
    expect(mismatch.body['Message']).toContain('SecurityToken%3D%252A%252A%252A');
    expect(mismatch.body['Message']).not.toContain('LOCALCLOUD-TEST-STS-TOKEN');
    const borrowed = signV1({ method: 'GET', action: 'DescribeRegions', version: '2014-05-26' }, { ...FIXTURE_KEY, securityToken: FIXTURE_STS_KEY.securityToken });
    expect((await send(`/?${encodeQuery(borrowed)}`, { method: 'GET' })).body['Code']).toBe('InvalidSecurityToken.MismatchWithAccessKey');
  });

  it('accepts the official example URL verbatim, raw `+` in Signature and all, at its own point in time', async () => {
    const clock = { now: () => Date.parse('2016-02-23T12:50:00Z'), setTimeout: () => ({ cancel: () => undefined }) };
    const official = await startFixtureGateway({ keys: [{ accessKeyId: 'testid', accessKeySecret: 'testsecret' }], clock });
    try {
      const response = await fetch(
        `${official.url}/?Timestamp=2016-02-23T12%3A46%3A24Z&Format=XML&AccessKeyId=testid&Action=DescribeRegions&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&Version=2014-05-26&SignatureVersion=1.0&Signature=OLeaidS1JvxuMvnyHOwuJ+uX5qY%3D`,
      );
      expect(response.status).toBe(200);
      // Format=XML is answered in JSON, like every other call.
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    } finally {
      await official.close();
    }
  });
});

describe('admin endpoint', () => {
  it('needs the admin token', async () => {
    const { status, body } = await send(FAULTS_PATH, { method: 'GET', headers: { [ADMIN_TOKEN_HEADER]: 'wrong' } });
    expect([status, body['Code']]).toEqual([401, 'InvalidAdminToken']);
  });

  it('validates and merges fault settings', async () => {
    const headers = { [ADMIN_TOKEN_HEADER]: FIXTURE_ADMIN_TOKEN, 'content-type': 'application/json' };
    const bad = await send(FAULTS_PATH, { method: 'PUT', headers, body: JSON.stringify({ throttleRate: 2 }) });
    expect(bad.status).toBe(400);
    const set = await send(FAULTS_PATH, { method: 'PUT', headers, body: JSON.stringify({ latencyMs: 1 }) });
    expect(set.body).toEqual({ latencyMs: 1, throttleRate: 0, errorRate: 0, rateLimitPerSecond: 0, rateLimitBurst: 0 });
    await send(FAULTS_PATH, { method: 'PUT', headers, body: JSON.stringify({ latencyMs: 0 }) });
  });
});
