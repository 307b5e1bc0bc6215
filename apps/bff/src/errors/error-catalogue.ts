import type { CloudErrorDetail, ErrorCode } from '@porthole/contract';

/**
 * Every error the BFF answers with: the contract's ErrorCode, its HTTP status and the message the
 * browser sees by default. For 5xx codes that message is the only one ever sent.
 */
export const ERROR_CATALOGUE = {
  BAD_REQUEST: { statusCode: 400, message: 'The request is not valid.' },
  UNAUTHENTICATED: { statusCode: 401, message: 'Sign in to continue.' },
  INVALID_CREDENTIALS: { statusCode: 401, message: 'Wrong user name or password.' },
  FORBIDDEN: { statusCode: 403, message: 'Your role does not allow this.' },
  OUT_OF_SCOPE: { statusCode: 403, message: 'This region or instance is outside your scope.' },
  CSRF_INVALID: { statusCode: 403, message: 'The request has no valid CSRF token; reload the page and try again.' },
  ORIGIN_NOT_ALLOWED: { statusCode: 403, message: 'Requests from this origin are not allowed.' },
  NOT_FOUND: { statusCode: 404, message: 'Not found.' },
  USER_NAME_TAKEN: { statusCode: 409, message: 'A user with this name exists.' },
  LAST_ADMIN: { statusCode: 409, message: 'This would leave no active admin.' },
  ACCOUNT_LOCKED: { statusCode: 423, message: 'Too many failed sign-ins: the account is locked for a while.' },
  SIGN_IN_THROTTLED: { statusCode: 429, message: 'Too many failed sign-ins; wait a moment before trying again.' },
  // One answer for unknown, expired and revoked links alike: a guesser learns nothing.
  SHARE_UNAVAILABLE: { statusCode: 404, message: 'This link does not exist or is no longer available.' },
  NO_TARGETS: { statusCode: 400, message: 'The selection matches no instance you may run commands on.' },
  TOO_MANY_TARGETS: { statusCode: 400, message: 'A run can target at most 100 instances; use a rollout for more.' },
  INVALID_SCHEDULE: { statusCode: 400, message: 'The schedule is not valid.' },
  TERMINAL_LIMIT: { statusCode: 429, message: 'You have too many terminals open; close one first.' },
  ROLLOUT_STATE: { statusCode: 409, message: 'The rollout cannot do that in its current state.' },
  SCREENSHOT_TOO_SOON: { statusCode: 429, message: 'Screenshots can be taken only every few seconds; try again shortly.' },
  PAYLOAD_TOO_LARGE: { statusCode: 413, message: 'The request body is too large.' },
  RATE_LIMITED: { statusCode: 429, message: 'Too many requests; try again shortly.' },
  INTERNAL: { statusCode: 500, message: 'Internal server error.' },
  CLOUD_UNAVAILABLE: { statusCode: 503, message: 'The cloud is unavailable; try again later.' },
  CLOUD_TIMEOUT: { statusCode: 504, message: 'The cloud did not answer in time.' },
  CLOUD_THROTTLED: { statusCode: 429, message: 'The cloud is throttling requests; try again shortly.' },
  CLOUD_AUTH_FAILED: { statusCode: 502, message: 'The cloud refused the credentials of this server.' },
  CLOUD_NOT_FOUND: { statusCode: 404, message: 'The cloud has no such resource.' },
  CLOUD_INVALID_STATE: { statusCode: 409, message: 'The resource is not in a state that allows this operation.' },
  CLOUD_NOT_SUPPORTED: { statusCode: 409, message: 'The cloud does not support this operation for this resource.' },
  CLOUD_BAD_REQUEST: { statusCode: 400, message: 'The cloud rejected the request.' },
  CLOUD_ERROR: { statusCode: 502, message: 'The cloud call failed.' },
} as const satisfies Record<ErrorCode, { statusCode: number; message: string }>;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly cloud: CloudErrorDetail | undefined;

  constructor(code: ErrorCode, message?: string, cloud?: CloudErrorDetail) {
    const entry = ERROR_CATALOGUE[code];
    super(message ?? entry.message);
    this.code = code;
    this.statusCode = entry.statusCode;
    this.cloud = cloud;
  }
}
