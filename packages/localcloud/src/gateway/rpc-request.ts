import type { FastifyRequest } from 'fastify';
import { isFormContentType, mergeParams, parseUrlEncoded, rawQueryOf, type ParamPair } from './rpc-params.ts';
import type { SignedRequest } from './signed-request.ts';

function headerPairs(rawHeaders: readonly string[]): ParamPair[] {
  const pairs: ParamPair[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) pairs.push([rawHeaders[i] ?? '', rawHeaders[i + 1] ?? '']);
  return pairs;
}

/**
 * Reads an RPC call from the raw request: the verifiers need the query string and headers exactly as
 * sent (Host with its port, duplicate headers, `+` signs), not Fastify's parsed views of them.
 */
export function toSignedRequest(request: FastifyRequest): SignedRequest {
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const query = parseUrlEncoded(rawQueryOf(request.raw.url ?? '/'));
  const form = isFormContentType(request.headers['content-type']) ? parseUrlEncoded(body.toString('utf8')) : [];
  return {
    method: request.method,
    headers: headerPairs(request.raw.rawHeaders),
    query,
    params: mergeParams(query, form),
    body,
  };
}
