import { Type, type Static } from 'typebox';

/**
 * The one error shape the BFF sends to the browser. `code` comes from the BFF's catalogue
 * (see ErrorCode); when a cloud call failed, `cloud` keeps what support needs from the cloud's reply.
 */
export const ErrorCode = Type.Union([
  Type.Literal('BAD_REQUEST'),
  Type.Literal('UNAUTHENTICATED'),
  Type.Literal('INVALID_CREDENTIALS'),
  Type.Literal('FORBIDDEN'),
  Type.Literal('OUT_OF_SCOPE'),
  Type.Literal('CSRF_INVALID'),
  Type.Literal('ORIGIN_NOT_ALLOWED'),
  Type.Literal('NOT_FOUND'),
  Type.Literal('USER_NAME_TAKEN'),
  Type.Literal('LAST_ADMIN'),
  Type.Literal('ACCOUNT_LOCKED'),
  Type.Literal('SIGN_IN_THROTTLED'),
  Type.Literal('SHARE_UNAVAILABLE'),
  Type.Literal('SCREENSHOT_TOO_SOON'),
  Type.Literal('NO_TARGETS'),
  Type.Literal('TOO_MANY_TARGETS'),
  Type.Literal('INVALID_SCHEDULE'),
  Type.Literal('ROLLOUT_STATE'),
  Type.Literal('TERMINAL_LIMIT'),
  Type.Literal('PAYLOAD_TOO_LARGE'),
  Type.Literal('RATE_LIMITED'),
  Type.Literal('INTERNAL'),
  Type.Literal('CLOUD_UNAVAILABLE'),
  Type.Literal('CLOUD_TIMEOUT'),
  Type.Literal('CLOUD_THROTTLED'),
  Type.Literal('CLOUD_AUTH_FAILED'),
  Type.Literal('CLOUD_NOT_FOUND'),
  Type.Literal('CLOUD_INVALID_STATE'),
  Type.Literal('CLOUD_NOT_SUPPORTED'),
  Type.Literal('CLOUD_BAD_REQUEST'),
  Type.Literal('CLOUD_ERROR'),
]);
export type ErrorCode = Static<typeof ErrorCode>;

export const CloudErrorDetail = Type.Object({
  code: Type.String({ description: 'The cloud error code, e.g. IncorrectInstanceStatus' }),
  message: Type.String(),
  requestId: Type.Optional(Type.String({ description: 'The cloud RequestId, for a support ticket' })),
});
export type CloudErrorDetail = Static<typeof CloudErrorDetail>;

export const ErrorEnvelope = Type.Object({
  error: Type.Object({
    code: ErrorCode,
    message: Type.String(),
    statusCode: Type.Integer(),
    requestId: Type.String({ description: 'The BFF request id (also in the BFF log)' }),
    cloud: Type.Optional(CloudErrorDetail),
  }),
});
export type ErrorEnvelope = Static<typeof ErrorEnvelope>;
