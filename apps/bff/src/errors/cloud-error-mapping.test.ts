import { CloudError, type CloudErrorFields } from '@porthole/cloud';
import { describe, expect, it } from 'vitest';
import { fromCloudError } from './cloud-error-mapping.ts';

const apiFailure = (code: string, statusCode: number) =>
  new CloudError({ kind: 'api', code, statusCode, message: `message of ${code}`, requestId: 'REQ-1', operation: 'Op' });
const failure = (kind: CloudErrorFields['kind'], code: string) => new CloudError({ kind, code, message: 'm', operation: 'Op' });

describe('fromCloudError', () => {
  it.each([
    ['IncorrectInstanceStatus', 403, 'CLOUD_INVALID_STATE', 409],
    ['InstanceLockedForSecurity', 403, 'CLOUD_INVALID_STATE', 409],
    ['Forbidden.RAM', 403, 'CLOUD_AUTH_FAILED', 502],
    ['SignatureDoesNotMatch', 400, 'CLOUD_AUTH_FAILED', 502],
    ['InvalidAccessKeyId.NotFound', 404, 'CLOUD_AUTH_FAILED', 502],
    ['Throttling.User', 400, 'CLOUD_THROTTLED', 429],
    ['InvalidInstanceId.NotFound', 404, 'CLOUD_NOT_FOUND', 404],
    ['InvalidRegionId.NotFound', 404, 'CLOUD_NOT_FOUND', 404],
    ['NotSupported', 405, 'CLOUD_NOT_SUPPORTED', 409],
    ['InvalidParameter', 400, 'CLOUD_BAD_REQUEST', 400],
    ['ServiceUnavailable', 503, 'CLOUD_UNAVAILABLE', 503],
    ['InternalError', 500, 'CLOUD_ERROR', 502],
  ])('maps %s (%i) to %s %i, keeping the cloud detail', (cloudCode, cloudStatus, code, statusCode) => {
    const error = fromCloudError(apiFailure(cloudCode, cloudStatus));
    expect(error).toMatchObject({ code, statusCode, cloud: { code: cloudCode, message: `message of ${cloudCode}`, requestId: 'REQ-1' } });
  });

  it.each([
    ['timeout', 'RequestTimeout', 'CLOUD_TIMEOUT', 504],
    ['network', 'NetworkError', 'CLOUD_UNAVAILABLE', 503],
    ['invalid-response', 'InvalidResponse', 'CLOUD_ERROR', 502],
    ['credentials', 'CredentialsUnavailable', 'CLOUD_AUTH_FAILED', 502],
    ['unknown', 'UnknownError', 'CLOUD_ERROR', 502],
  ] as const)('maps a %s failure to %s %i without cloud detail', (kind, cloudCode, code, statusCode) => {
    const error = fromCloudError(failure(kind, cloudCode));
    expect(error).toMatchObject({ code, statusCode, cloud: undefined });
  });

  it('drops the string to sign that a V1 signature error quotes', () => {
    const cloud = apiFailure('SignatureDoesNotMatch', 400);
    const quoting = new CloudError({
      kind: 'api',
      code: cloud.code,
      statusCode: 400,
      operation: 'Op',
      message: 'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3DKEYID%26SecurityToken%3Dtoken',
    });
    expect(fromCloudError(quoting).cloud?.message).toBe('Specified signature is not matched with our calculation.');
  });
});
