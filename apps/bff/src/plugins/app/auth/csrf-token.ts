import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The name of the server secret CSRF tokens are derived with (in the server_secrets table). */
export const CSRF_KEY_NAME = 'csrf-key';

export const newCsrfKey = (): string => randomBytes(32).toString('base64url');

/**
 * The session's CSRF token: an HMAC of the session's token hash under a server key. It is bound to
 * the session (another session's token does not fit), needs no storage of its own, and a page
 * reading it learns nothing about the cookie. A cross-site page cannot read it (same-origin policy),
 * so it cannot forge the header.
 *
 * Not @fastify/csrf-protection: it keeps its secret in a cookie or in @fastify/session, while the
 * sessions here live in our own table; binding to that table's key is exactly this HMAC.
 */
export function csrfTokenFor(key: string, sessionTokenHash: string): string {
  return createHmac('sha256', key).update(`csrf:${sessionTokenHash}`).digest('base64url');
}

export function csrfTokenMatches(key: string, sessionTokenHash: string, candidate: unknown): boolean {
  if (typeof candidate !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(key, sessionTokenHash));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
