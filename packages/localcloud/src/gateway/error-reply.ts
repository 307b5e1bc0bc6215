import type { FastifyReply } from 'fastify';
import type { ApiError } from '../api-error.ts';

/** Which gateway answered: decides HostId and the `product` of the Recommend link. */
export interface Responder {
  readonly product?: string;
  readonly hostId: string;
}

/** Used before the Version has been matched to a product (e.g. InvalidVersion). */
export const GENERIC_RESPONDER: Responder = { hostId: 'aliyuncs.com' };

export function errorBody(error: ApiError, requestId: string, responder: Responder): Record<string, string> {
  const recommend = new URL('https://api.aliyun.com/troubleshoot');
  recommend.searchParams.set('q', error.code);
  if (responder.product) recommend.searchParams.set('product', responder.product);
  recommend.searchParams.set('requestId', requestId);
  return {
    RequestId: requestId,
    HostId: responder.hostId,
    Code: error.code,
    Message: error.message,
    Recommend: recommend.toString(),
  };
}

export function sendApiError(reply: FastifyReply, error: ApiError, requestId: string, responder: Responder): FastifyReply {
  return reply.code(error.httpStatus).headers(error.headers).send(errorBody(error, requestId, responder));
}
