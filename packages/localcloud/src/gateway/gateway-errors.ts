import { ApiError } from '../api-error.ts';

/**
 * The gateway's own error catalogue: codes, HTTP statuses and messages as the Alibaba Cloud POP gateway
 * answers them (alibaba-api.md §1.5). Where the reference marks a status as inferred, the choice is noted.
 */
export const gatewayErrors = {
  incompleteSignature: (detail: string) =>
    new ApiError(400, 'IncompleteSignature', `The request signature does not conform to Aliyun standards. ${detail}`),
  signatureDoesNotMatch: (serverStringToSign: string) =>
    new ApiError(
      400,
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is:${serverStringToSign}`,
    ),
  accessKeyNotFound: () => new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'),
  timestampExpired: () => new ApiError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.'),
  timestampFormat: () =>
    new ApiError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.'),
  nonceUsed: () => new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.'),
  // Statuses of the InvalidSecurityToken family other than Expired are not documented; 400 mirrors the
  // other "malformed request" answers.
  securityTokenMissing: () => new ApiError(400, 'MissingSecurityToken', 'SecurityToken is mandatory for this AccessKeyId.'),
  securityTokenMalformed: () => new ApiError(400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.'),
  securityTokenMismatch: () =>
    new ApiError(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.'),
  securityTokenExpired: () => new ApiError(403, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.'),
  actionNotFound: () =>
    new ApiError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.'),
  invalidVersion: () => new ApiError(400, 'InvalidVersion', 'Specified parameter Version is not valid.'),
  throttling: (httpStatus: number, retryAfterMs: number) =>
    new ApiError(httpStatus, 'Throttling', 'Request was denied due to request throttling.', {
      'x-acs-retry-after': String(retryAfterMs),
    }),
  serviceUnavailable: () =>
    new ApiError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
  internalError: () =>
    new ApiError(500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.'),
  malformedRequest: (httpStatus: number) =>
    new ApiError(httpStatus, 'InvalidParameter', 'The request could not be read: its body or headers are malformed.'),
} as const;
