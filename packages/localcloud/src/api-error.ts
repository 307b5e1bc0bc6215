/**
 * An error as the Alibaba Cloud gateway returns it: an HTTP status, a `Code` and a `Message`.
 * Operations throw these; the gateway serialises them with RequestId, HostId and Recommend.
 */
export class ApiError extends Error {
  readonly httpStatus: number;
  readonly code: string;
  /** Extra response headers, e.g. x-acs-retry-after for throttling. */
  readonly headers: Record<string, string>;

  constructor(httpStatus: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.httpStatus = httpStatus;
    this.code = code;
    this.headers = headers;
  }
}

export const missingParameter = (name: string): ApiError =>
  new ApiError(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);

export const invalidParameter = (name: string, detail?: string): ApiError =>
  new ApiError(400, 'InvalidParameter', `The specified parameter "${name}" is not valid.${detail ? ` ${detail}` : ''}`);
