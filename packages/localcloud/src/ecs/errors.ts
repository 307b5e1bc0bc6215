import { ApiError } from '../api-error.ts';

/** The ECS error codes these operations raise, with the HTTP status and wording of the ECS error centre. */
export const ecsErrors = {
  regionNotFound: () => new ApiError(404, 'InvalidRegionId.NotFound', 'The specified RegionId does not exist.'),
  instanceNotFound: () => new ApiError(404, 'InvalidInstanceId.NotFound', 'The specified InstanceId does not exist.'),
  incorrectStatus: (httpStatus = 403) =>
    new ApiError(httpStatus, 'IncorrectInstanceStatus', 'The current status of the resource does not support this operation.'),
  dryRun: () => new ApiError(400, 'DryRunOperation', 'Request validation has been passed with DryRun flag set.'),
  lockedForSecurity: () =>
    new ApiError(403, 'InstanceLockedForSecurity', 'The specified operation is denied as your instance is locked for security reasons.'),
  expiredOrInArrears: () =>
    new ApiError(
      403,
      'InstanceExpiredOrInArrears',
      'The specified operation is denied as your prepay instance is expired (prepay mode) or in arrears (afterpay mode).',
    ),
  /** GetInstanceConsoleOutput's table documents 404 for InvalidParameter and 405 for the state errors. */
  consoleInvalidParameter: (name: string, detail: string) =>
    new ApiError(404, 'InvalidParameter', `The specified parameter "${name}" is not valid. ${detail}`),
  consoleNoOutput: () =>
    new ApiError(405, 'IncorrectInstanceStatus', 'The instance has not been started yet, so it has no console output.'),
  consoleNotSupported: (why: string) => new ApiError(405, 'NotSupported', `Your operation is invalid. ${why}`),
  /** GetInstanceScreenshot documents the same 405 for a stopped instance, and 429 for calls too close together. */
  screenshotNotRunning: (status: string) =>
    new ApiError(405, 'IncorrectInstanceStatus', `The instance is ${status}; screenshots need it to be Running.`),
  screenshotTooSoon: (retryAfterMs: number) =>
    new ApiError(429, 'Throttling', 'Request was denied due to request throttling. Take screenshots of an instance at least 10 seconds apart.', {
      'x-acs-retry-after': String(Math.ceil(retryAfterMs)),
    }),
} as const;
