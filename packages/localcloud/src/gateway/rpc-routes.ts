import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, missingParameter } from '../api-error.ts';
import type { Operation, ProductApi } from '../operation.ts';
import { authenticate, signatureSchemeOf, type Authenticator } from './authenticate.ts';
import { GENERIC_RESPONDER, sendApiError, type Responder } from './error-reply.ts';
import { injectedFault, type FaultSettings } from './faults.ts';
import { gatewayErrors } from './gateway-errors.ts';
import { toSignedRequest } from './rpc-request.ts';
import { headerValue, type SignedRequest } from './signed-request.ts';
import type { TokenBucketThrottle } from './throttle.ts';
import { V1_ENVELOPE_PARAMS } from './verify-v1.ts';

export interface RpcDependencies {
  readonly products: readonly ProductApi[];
  readonly auth: Authenticator;
  readonly faults: () => FaultSettings;
  readonly throttle: TokenBucketThrottle;
  readonly random: () => number;
}

function operationParams(request: SignedRequest, scheme: 'v1' | 'v3'): Record<string, string> {
  if (scheme === 'v3') return { ...request.params };
  const params: Record<string, string> = { ...request.params };
  for (const name of V1_ENVELOPE_PARAMS) delete params[name];
  return params;
}

/**
 * The RPC endpoint: `GET|POST /` with parameters in the query string and/or a form body. The body is
 * kept as raw bytes because V3 signs its SHA-256. Answers are always JSON, also for V1 calls that ask
 * for `Format=XML`: every client we serve (the SDKs, the BFF) sends `Format=JSON` or reads JSON anyway.
 */
export async function rpcRoutes(app: FastifyInstance, deps: RpcDependencies): Promise<void> {
  const byVersion = new Map(deps.products.map((product) => [product.version, product]));

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, request, reply) => {
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status >= 400 && status < 500) return sendApiError(reply, gatewayErrors.malformedRequest(status), request.id, GENERIC_RESPONDER);
    request.log.error({ err: error }, 'request failed before reaching the RPC handler');
    return sendApiError(reply, gatewayErrors.internalError(), request.id, GENERIC_RESPONDER);
  });

  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const requestId = request.id;
    let responder: Responder = GENERIC_RESPONDER;
    try {
      const settings = deps.faults();
      if (settings.latencyMs > 0) await sleep(settings.latencyMs);
      const signed = toSignedRequest(request);
      const scheme = signatureSchemeOf(signed);
      const field = (v3Header: string, v1Param: string) => {
        const value = scheme === 'v3' ? headerValue(signed, v3Header) : signed.params[v1Param];
        if (!value) throw missingParameter(scheme === 'v3' ? v3Header : v1Param);
        return value;
      };
      const product = byVersion.get(field('x-acs-version', 'Version'));
      if (!product) throw gatewayErrors.invalidVersion();
      responder = product;
      const accessKeyId = authenticate(signed, deps.auth);
      const action = field('x-acs-action', 'Action');
      const operation: Operation | undefined = Object.hasOwn(product.operations, action) ? product.operations[action] : undefined;
      if (!operation) throw gatewayErrors.actionNotFound();

      const throttlingStatus = product.throttlingStatus?.[action] ?? 400;
      const fault = injectedFault(settings, deps.random, throttlingStatus);
      if (fault) throw fault;
      const retryAfter = deps.throttle.take(accessKeyId, action, settings.rateLimitPerSecond, settings.rateLimitBurst, deps.auth.now());
      if (retryAfter > 0) throw gatewayErrors.throttling(throttlingStatus, retryAfter);

      const result = await operation({ params: operationParams(signed, scheme), requestId, accessKeyId });
      return reply.send({ ...result, RequestId: requestId });
    } catch (error) {
      if (error instanceof ApiError) return sendApiError(reply, error, requestId, responder);
      request.log.error({ err: error }, 'operation failed');
      return sendApiError(reply, gatewayErrors.internalError(), requestId, responder);
    }
  };

  app.get('/', handle);
  app.post('/', handle);
}
