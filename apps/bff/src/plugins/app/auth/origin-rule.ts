import type { FastifyRequest } from 'fastify';

/** GET and HEAD read; everything else may change state. */
export const isStateChanging = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method);

function normalised(origin: string): string | undefined {
  try {
    return new URL(origin).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request's Origin may act here: one of PORTHOLE_ALLOWED_ORIGINS, or when that is unset,
 * the origin the request itself was sent to (Fastify takes the scheme and host from
 * X-Forwarded-* only from trusted proxies). A missing Origin counts as allowed for plain requests
 * (non-browser clients, and browsers omit it on some same-origin requests; the CSRF token and
 * SameSite=Strict still apply), but not for WebSocket upgrades, which browsers always send with one.
 */
export function originAllowed(request: FastifyRequest, allowList: readonly string[] | undefined, isUpgrade: boolean): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return !isUpgrade;
  const given = normalised(origin);
  if (given === undefined) return false;
  return allowList === undefined ? given === normalised(`${request.protocol}://${request.host}`) : allowList.includes(given);
}
