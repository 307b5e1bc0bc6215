/**
 * Every failure of a cloud call, as one typed error. `kind` says where it failed: the cloud answered
 * with an error (`api`), did not answer in time (`timeout`), could not be reached (`network`),
 * answered with something that is not JSON (`invalid-response`, e.g. a proxy's HTML page), or no
 * credentials could be resolved (`credentials`).
 */
export type CloudErrorKind = 'api' | 'timeout' | 'network' | 'invalid-response' | 'credentials' | 'unknown';

export interface CloudErrorFields {
  readonly kind: CloudErrorKind;
  /** The cloud's `Code` for `api` errors; one of ours (RequestTimeout, NetworkError, ...) otherwise. */
  readonly code: string;
  readonly message: string;
  readonly operation: string;
  readonly requestId?: string | undefined;
  /** The HTTP status of the cloud's answer, when there was one. */
  readonly statusCode?: number | undefined;
  /** From `x-acs-retry-after` on throttling answers (ms). */
  readonly retryAfterMs?: number | undefined;
  readonly cause?: unknown;
}

export class CloudError extends Error {
  override readonly name = 'CloudError';
  readonly kind: CloudErrorKind;
  readonly code: string;
  readonly operation: string;
  readonly requestId: string | undefined;
  readonly statusCode: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(fields: CloudErrorFields) {
    super(fields.message, { cause: fields.cause });
    this.kind = fields.kind;
    this.code = fields.code;
    this.operation = fields.operation;
    this.requestId = fields.requestId;
    this.statusCode = fields.statusCode;
    this.retryAfterMs = fields.retryAfterMs;
  }

  get isThrottling(): boolean {
    return this.kind === 'api' && this.code.startsWith('Throttling');
  }
}

// Node socket errors that mean "the cloud could not be reached"; ETIMEDOUT is a timeout instead.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const stringField = (record: Record<string, unknown>, key: string): string | undefined =>
  typeof record[key] === 'string' ? record[key] : undefined;
const numberField = (record: Record<string, unknown>, key: string): number | undefined =>
  typeof record[key] === 'number' && Number.isFinite(record[key]) ? record[key] : undefined;

/**
 * Both SDK generations throw errors with `code`, `statusCode` and `data` (the parsed error body);
 * ECS v7 adds `requestId` and, for throttling, `retryAfter`. Anything else is a transport failure.
 */
export function toCloudError(error: unknown, operation: string): CloudError {
  if (error instanceof CloudError) return error;
  if (error instanceof SyntaxError) {
    return new CloudError({
      kind: 'invalid-response',
      code: 'InvalidResponse',
      message: 'The cloud answered with a body that is not JSON.',
      operation,
      cause: error,
    });
  }
  if (!isRecord(error)) {
    return new CloudError({ kind: 'unknown', code: 'UnknownError', message: 'The cloud call failed.', operation, cause: error });
  }
  const code = stringField(error, 'code');
  const statusCode = numberField(error, 'statusCode');
  const data = isRecord(error['data']) ? error['data'] : undefined;
  if (code !== undefined && (statusCode !== undefined || data !== undefined)) {
    return new CloudError({
      kind: 'api',
      code,
      message: (data && stringField(data, 'Message')) ?? stringField(error, 'message') ?? code,
      operation,
      requestId: stringField(error, 'requestId') ?? (data && stringField(data, 'RequestId')),
      statusCode,
      retryAfterMs: numberField(error, 'retryAfter'),
      cause: error,
    });
  }
  if (stringField(error, 'name') === 'RequestTimeoutError' || code === 'ETIMEDOUT') {
    return new CloudError({ kind: 'timeout', code: 'RequestTimeout', message: 'The cloud did not answer in time.', operation, cause: error });
  }
  if (code !== undefined && NETWORK_CODES.has(code)) {
    return new CloudError({ kind: 'network', code: 'NetworkError', message: `The cloud could not be reached (${code}).`, operation, cause: error });
  }
  if (/credential/i.test(stringField(error, 'message') ?? '')) {
    return new CloudError({ kind: 'credentials', code: 'CredentialsUnavailable', message: 'No cloud credentials could be resolved.', operation, cause: error });
  }
  return new CloudError({ kind: 'unknown', code: code ?? 'UnknownError', message: 'The cloud call failed.', operation, cause: error });
}
