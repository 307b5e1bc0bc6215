import { CloudError } from '@porthole/cloud';
import type { ErrorEnvelope } from '@porthole/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { fromCloudError } from '../../errors/cloud-error-mapping.ts';
import { ApiError } from '../../errors/error-catalogue.ts';

function toApiError(error: FastifyError | Error): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof CloudError) return fromCloudError(error);
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if ('validation' in error && error.validation) return new ApiError('BAD_REQUEST', error.message);
  if (statusCode === 404) return new ApiError('NOT_FOUND');
  if (statusCode === 413) return new ApiError('PAYLOAD_TOO_LARGE');
  // Fastify's own client errors (bad JSON, wrong content type) say what was wrong.
  if (statusCode >= 400 && statusCode < 500) return new ApiError('BAD_REQUEST', error.message);
  return new ApiError('INTERNAL');
}

/** What the log keeps of a cloud failure: enough for support, nothing of the SDK's request. */
const cloudLogFields = (error: CloudError) => ({
  kind: error.kind,
  code: error.code,
  operation: error.operation,
  statusCode: error.statusCode,
  cloudRequestId: error.requestId,
});

async function errorHandler(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(error);
    if (error instanceof CloudError) {
      request.log.warn({ cloudError: cloudLogFields(error) }, `cloud call failed: ${apiError.code}`);
    } else if (apiError.statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: apiError.code, reason: apiError.message }, 'request refused');
    }
    const envelope: ErrorEnvelope = {
      error: {
        code: apiError.code,
        message: apiError.message,
        statusCode: apiError.statusCode,
        requestId: request.id,
        ...(apiError.cloud ? { cloud: apiError.cloud } : {}),
      },
    };
    return reply.code(apiError.statusCode).type('application/json; charset=utf-8').send(envelope);
  });
}

export default fp(errorHandler, { name: 'error-handler' });
