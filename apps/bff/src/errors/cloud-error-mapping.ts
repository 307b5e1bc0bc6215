import type { CloudError } from '@porthole/cloud';
import type { ErrorCode } from '@porthole/contract';
import { ApiError } from './error-catalogue.ts';

// Matched on the cloud's Code, not its HTTP status: ECS answers both IncorrectInstanceStatus and
// Forbidden.RAM with 403, and older gateways send 403 where newer ones send 400.
const AUTH_CODES = [
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidAccessKeyId',
  'InvalidAccessKeySecret',
  'InvalidSecurityToken',
  'MissingSecurityToken',
  'InvalidTimeStamp',
  'SignatureNonceUsed',
  'InvalidCredentials',
  'Forbidden',
  'NoPermission',
];
const STATE_CODES = ['IncorrectInstanceStatus', 'InstanceLockedForSecurity', 'InstanceExpiredOrInArrears', 'OperationConflict', 'IncorrectStatus'];
const NOT_SUPPORTED_CODES = ['NotSupported', 'UnsupportedOperation', 'OperationDenied'];

/** `Forbidden` matches Forbidden and Forbidden.RAM, not ForbiddenSomething. */
const inFamily = (code: string, families: readonly string[]): boolean =>
  families.some((family) => code === family || code.startsWith(`${family}.`));

function apiCode(error: CloudError): ErrorCode {
  const { code, statusCode = 0 } = error;
  if (inFamily(code, AUTH_CODES)) return 'CLOUD_AUTH_FAILED';
  if (code.startsWith('Throttling')) return 'CLOUD_THROTTLED';
  if (inFamily(code, STATE_CODES)) return 'CLOUD_INVALID_STATE';
  if (inFamily(code, NOT_SUPPORTED_CODES) || code.endsWith('.NotSupported')) return 'CLOUD_NOT_SUPPORTED';
  if (statusCode === 404 || code.endsWith('.NotFound')) return 'CLOUD_NOT_FOUND';
  if (statusCode === 503) return 'CLOUD_UNAVAILABLE';
  if (statusCode >= 500) return 'CLOUD_ERROR';
  return 'CLOUD_BAD_REQUEST';
}

function errorCode(error: CloudError): ErrorCode {
  switch (error.kind) {
    case 'api':
      return apiCode(error);
    case 'timeout':
      return 'CLOUD_TIMEOUT';
    case 'network':
      return 'CLOUD_UNAVAILABLE';
    case 'credentials':
      return 'CLOUD_AUTH_FAILED';
    default:
      return 'CLOUD_ERROR';
  }
}

/**
 * A V1 SignatureDoesNotMatch message quotes the server's string to sign, which holds the
 * AccessKeyId and any SecurityToken: the browser gets the message without it.
 */
const withoutStringToSign = (message: string): string => message.replace(/\s*server string to sign is:?[\s\S]*$/i, '').trim();

export function fromCloudError(error: CloudError): ApiError {
  const code = errorCode(error);
  if (error.kind !== 'api') return new ApiError(code);
  return new ApiError(code, undefined, {
    code: error.code,
    message: withoutStringToSign(error.message),
    ...(error.requestId ? { requestId: error.requestId } : {}),
  });
}
