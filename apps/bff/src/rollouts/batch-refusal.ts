import { CloudError } from '@porthole/cloud';
import type { ErrorCode } from '@porthole/contract';
import { fromCloudError } from '../errors/cloud-error-mapping.ts';
import { ApiError } from '../errors/error-catalogue.ts';

// The cloud was unreachable, slow or busy, or something broke on our side: the batch may be sent again
// (with the same ClientToken, so it cannot run twice) on the next tick.
const RETRYABLE: readonly ErrorCode[] = ['CLOUD_UNAVAILABLE', 'CLOUD_TIMEOUT', 'CLOUD_THROTTLED', 'CLOUD_ERROR', 'INTERNAL'];

/**
 * Why the cloud refused a batch, in words for the user (with the cloud's code, e.g.
 * `Invocation.ExceedQuota: …`); undefined when the failure is worth retrying instead.
 */
export function refusalOf(error: unknown): string | undefined {
  const apiError = error instanceof CloudError ? fromCloudError(error) : error instanceof ApiError ? error : undefined;
  if (apiError === undefined || RETRYABLE.includes(apiError.code)) return undefined;
  return apiError.cloud === undefined ? apiError.message : `${apiError.cloud.code}: ${apiError.cloud.message}`;
}
