import { OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import { describe, expect, it } from 'vitest';
import { v1Signature, v1StringToSign } from './signature-v1.ts';
import { sha256Hex, v3CanonicalQuery, v3CanonicalRequest, v3Signature, v3StringToSign } from './signature-v3.ts';

// Published vectors: alibaba-api.md §1.2 (V1-a/b/c) and §1.3.3-1.3.4 (V3-a/b/c).
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('V1 HMAC-SHA1 vectors', () => {
  const v1a = {
    AccessKeyId: 'testid',
    Action: 'DescribeRegions',
    Format: 'XML',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    SignatureVersion: '1.0',
    Timestamp: '2016-02-23T12:46:24Z',
    Version: '2014-05-26',
  };

  it('V1-a: the official GET example', () => {
    const toSign = v1StringToSign('GET', v1a);
    expect(toSign).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(v1Signature('testsecret', toSign)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('V1-b: the same parameters POSTed sign differently', () => {
    expect(v1Signature('testsecret', v1StringToSign('POST', v1a))).toBe('MxbnVAM4w6sft9xjVpe/GCKueuk=');
  });

  it('V1-a: an existing Signature parameter is left out of the string to sign', () => {
    expect(v1StringToSign('GET', { ...v1a, Signature: 'anything' })).toBe(v1StringToSign('GET', v1a));
  });

  it('V1-c: STS token and awkward characters', () => {
    const params = {
      AccessKeyId: 'STS.TestAK',
      Action: 'DescribeInstances',
      Format: 'JSON',
      RegionId: 'cn-hangzhou',
      SecurityToken: 'CAIS-test-token==',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: 'b5a6c1e2-0000-4000-8000-000000000001',
      SignatureVersion: '1.0',
      Timestamp: '2024-01-02T03:04:05Z',
      Version: '2014-05-26',
      InstanceName: "web 01*(a)'b~!中",
    };
    const toSign = v1StringToSign('GET', params);
    expect(toSign).toBe(
      'GET&%2F&AccessKeyId%3DSTS.TestAK%26Action%3DDescribeInstances%26Format%3DJSON%26InstanceName%3Dweb%252001%252A%2528a%2529%2527b~%2521%25E4%25B8%25AD%26RegionId%3Dcn-hangzhou%26SecurityToken%3DCAIS-test-token%253D%253D%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Db5a6c1e2-0000-4000-8000-000000000001%26SignatureVersion%3D1.0%26Timestamp%3D2024-01-02T03%253A04%253A05Z%26Version%3D2014-05-26',
    );
    expect(v1Signature('TestSecret', toSign)).toBe('7EdVwtQc09vl3bGAf8mmpLiHMeM=');
    expect(v1Signature('TestSecret', v1StringToSign('POST', params))).toBe('nxFvMP/UonPOVgnKX2Ut9VoqXfE=');
  });
});

describe('V3 ACS3-HMAC-SHA256 vectors', () => {
  it('V3-a: the official RunInstances example', () => {
    const headers = {
      host: 'ecs.cn-shanghai.aliyuncs.com',
      'x-acs-action': 'RunInstances',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2023-10-26T10:22:32Z',
      'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
      'x-acs-content-sha256': EMPTY_SHA256,
    };
    const canonical = v3CanonicalRequest({
      method: 'POST',
      query: [
        ['ImageId', 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd'],
        ['RegionId', 'cn-shanghai'],
      ],
      headers: Object.entries(headers),
      signedHeaders: Object.keys(headers),
      payloadHash: sha256Hex(''),
    });
    expect(canonical).toBe(
      [
        'POST',
        '/',
        'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
        'host:ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action:RunInstances',
        `x-acs-content-sha256:${EMPTY_SHA256}`,
        'x-acs-date:2023-10-26T10:22:32Z',
        'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
        'x-acs-version:2014-05-26',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        EMPTY_SHA256,
      ].join('\n'),
    );
    const toSign = v3StringToSign(canonical);
    expect(toSign).toBe('ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
    expect(v3Signature('YourAccessKeySecret', toSign)).toBe('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0');
  });

  it('V3-b: STS headers, unsigned accept header and awkward query characters', () => {
    const headers = {
      host: 'ecs.cn-hangzhou.aliyuncs.com',
      'x-acs-action': 'DescribeInstances',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2024-01-02T03:04:05Z',
      'x-acs-signature-nonce': 'b5a6c1e2-0000-4000-8000-000000000001',
      'x-acs-content-sha256': EMPTY_SHA256,
      'x-acs-security-token': 'CAIS-test-token==',
      'x-acs-accesskey-id': 'STS.TestAK',
    };
    const query = [
      ['RegionId', 'cn-hangzhou'],
      ['InstanceName', "web 01*(a)'b~!中"],
      ['Tag.1.Key', 'env'],
      ['Tag.1.Value', 'prod/blue+green'],
      ['MaxResults', '10'],
    ] as const;
    expect(v3CanonicalQuery(query)).toBe(
      'InstanceName=web%2001%2A%28a%29%27b~%21%E4%B8%AD&MaxResults=10&RegionId=cn-hangzhou&Tag.1.Key=env&Tag.1.Value=prod%2Fblue%2Bgreen',
    );
    const canonical = v3CanonicalRequest({
      method: 'POST',
      query,
      headers: [...Object.entries(headers), ['Accept', 'application/json']],
      signedHeaders: Object.keys(headers),
      payloadHash: EMPTY_SHA256,
    });
    expect(canonical.split('\n')[12]).toBe(
      'host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version',
    );
    expect(sha256Hex(canonical)).toBe('3c4871a056fb6fb6cd78b046162729f10cb24daaf6de3f5275a35ade4cb00b40');
    expect(v3Signature('TestSecret', v3StringToSign(canonical))).toBe('9643144d789bed6725e7f59b7d0aecea77b7b57d269405f892938b861554929e');
  });

  // The reference's V3-c signature (da772425…) comes from the older openapi-util unit test; the core the
  // SDKs ship today (openapi-core 1.0.8) signs the same inputs as 910e59dd…, and so do we.
  it('V3-c: a header sent twice is signed with its values sorted and comma-joined, as openapi-core does', () => {
    const payloadHash = '55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23';
    const canonical = v3CanonicalRequest({
      method: 'GET',
      query: [
        ['test', 'ok'],
        ['empty', ''],
      ],
      headers: [
        ['x-acs-test', 'http'],
        ['x-acs-TEST', 'https'],
      ],
      signedHeaders: ['x-acs-test'],
      payloadHash,
      // The SDK test builds its request without a path, so its canonical URI is empty.
      canonicalUri: '',
    });
    expect(canonical.split('\n').slice(2, 4)).toEqual(['empty=&test=ok', 'x-acs-test:http,https']);
    const signature = v3Signature('secret', v3StringToSign(canonical));
    expect(signature).toBe('910e59dd385879346de704a06c96613f8157aa7124e6d1c4f2bdffa1e5588187');

    const request = new $dara.Request();
    request.method = 'GET';
    request.query = { test: 'ok', empty: '' };
    request.headers = { 'x-acs-test': 'http', 'x-acs-TEST': 'https' };
    const sdk = OpenApiUtil.getAuthorization(request, 'ACS3-HMAC-SHA256', payloadHash, 'acesskey', 'secret');
    expect(sdk).toBe(`ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=${signature}`);
  });
});
