import type { ShareSummary } from '@porthole/contract';

export type ShareStatus = 'active' | 'expired' | 'revoked';

/** Revocation wins over expiry: it is what the sharer did, and it is final. `now` is ms since the epoch. */
export function shareStatus(share: Pick<ShareSummary, 'expiresAt' | 'revokedAt'>, now: number): ShareStatus {
  if (share.revokedAt) return 'revoked';
  return Date.parse(share.expiresAt) <= now ? 'expired' : 'active';
}
