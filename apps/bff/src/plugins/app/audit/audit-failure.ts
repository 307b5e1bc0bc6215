import { CloudError } from '@porthole/cloud';
import type { ErrorCode } from '@porthole/contract';
import { fromCloudError } from '../../../errors/cloud-error-mapping.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';

export interface AuditFailure {
  errorCode: ErrorCode;
  cloudRequestId: string | null;
}

/**
 * How a failed action is written down: the same catalogue code the browser was answered with, and for
 * a cloud failure the cloud's RequestId, which is what a support ticket with the provider needs.
 */
export function auditFailureOf(error: unknown): AuditFailure {
  if (error instanceof CloudError) return { errorCode: fromCloudError(error).code, cloudRequestId: error.requestId ?? null };
  if (error instanceof ApiError) return { errorCode: error.code, cloudRequestId: null };
  return { errorCode: 'INTERNAL', cloudRequestId: null };
}
