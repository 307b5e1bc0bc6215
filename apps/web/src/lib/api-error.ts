import type { CloudErrorDetail, ErrorCode } from '@porthole/contract';

/**
 * Codes the browser assigns itself when no BFF error envelope arrived: the request never reached
 * the BFF, or the reply did not match the contract.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE';

export interface ApiErrorInit {
  code: ErrorCode | ClientErrorCode;
  message: string;
  status: number;
  requestId?: string | undefined;
  cloud?: CloudErrorDetail | undefined;
}

/** Every failed API call becomes one of these; views read the fields, never the raw Response. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode | ClientErrorCode;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly cloud: CloudErrorDetail | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.cloud = init.cloud;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
