import type { ShareExpiry } from '@porthole/contract';

const HOUR_MS = 3_600_000;

/** How long a shared link lives, by the contract's choices; a day when not said. */
export const SHARE_EXPIRY_MS: Record<ShareExpiry, number> = { '1h': HOUR_MS, '1d': 24 * HOUR_MS, '7d': 7 * 24 * HOUR_MS, '30d': 30 * 24 * HOUR_MS };
export const DEFAULT_SHARE_EXPIRY: ShareExpiry = '1d';
