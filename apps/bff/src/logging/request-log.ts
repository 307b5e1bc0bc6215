import type { FastifyRequest } from 'fastify';

// Some URLs carry a credential: a share link's token in its path (the SPA page /shared/<token> and
// the API /api/shared/<token>), and the one-time code and state the OpenID provider sends back to
// the callback. The request log keeps where a request went, never these.
const SHARE_TOKEN = /(\/shared\/)[^/?#]+/g;
const OIDC_CALLBACK_QUERY = /^(\/api\/auth\/oidc\/callback)\?.*$/;

export function urlForLog(url: string): string {
  return url.replace(SHARE_TOKEN, '$1[redacted]').replace(OIDC_CALLBACK_QUERY, '$1?[redacted]');
}

/** Fastify's default request serializer, with the URL passed through urlForLog. */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: urlForLog(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
