import type { AccessKeyStore } from './access-keys.ts';
import { constantTimeEqual } from './access-keys.ts';
import { gatewayErrors } from './gateway-errors.ts';
import type { NonceCache } from './nonce-cache.ts';
import { headerValue, type SignatureClaim, type SignedRequest } from './signed-request.ts';
import { checkTimestamp, TIMESTAMP_WINDOW_MS } from './timestamp.ts';
import { v1Claim } from './verify-v1.ts';
import { v3Claim } from './verify-v3.ts';

export interface Authenticator {
  readonly keys: AccessKeyStore;
  readonly nonces: NonceCache;
  readonly now: () => number;
}

export type SignatureScheme = 'v3' | 'v1';

/** An Authorization header means V3; otherwise the V1 parameters must be there. */
export const signatureSchemeOf = (request: SignedRequest): SignatureScheme =>
  headerValue(request, 'authorization') === undefined ? 'v1' : 'v3';

/**
 * Checks a request's signature and returns the AccessKeyId it was signed with. The nonce is recorded
 * only once everything else passed, so unauthenticated traffic cannot burn other callers' nonces.
 */
export function authenticate(request: SignedRequest, auth: Authenticator): string {
  const authorization = headerValue(request, 'authorization');
  const claim: SignatureClaim = authorization === undefined ? v1Claim(request) : v3Claim(request, authorization);
  const key = auth.keys.find(claim.accessKeyId);
  const now = auth.now();
  const signedAt = checkTimestamp(claim.timestamp, now);
  const expected = claim.expected(key.accessKeySecret);
  if (!constantTimeEqual(claim.signature, expected.signature)) {
    throw gatewayErrors.signatureDoesNotMatch(expected.shownStringToSign);
  }
  auth.keys.checkSecurityToken(key, claim.securityToken, now);
  if (!auth.nonces.claim(key.accessKeyId, claim.nonce, signedAt + TIMESTAMP_WINDOW_MS, now)) {
    throw gatewayErrors.nonceUsed();
  }
  return key.accessKeyId;
}
