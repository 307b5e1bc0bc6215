import { useCallback, useRef } from 'react';

/**
 * The idempotency token of one user intent (a form submission). Every retry and double click of the
 * same intent sends the same token, so the cloud runs it once; `renew` starts a new intent, after a
 * success or when the form changes. Kept in a ref: two clicks in one frame must not make two tokens.
 */
// 128 random bits in hex: unique enough for a ClientToken (ASCII, at most 64 characters). Not
// crypto.randomUUID, which browsers offer only in secure contexts, and Porthole may be served over
// plain http on a private network.
const newToken = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

export function useIntentToken() {
  const token = useRef<string | null>(null);
  const take = useCallback((): string => {
    token.current ??= newToken();
    return token.current;
  }, []);
  const renew = useCallback(() => {
    token.current = null;
  }, []);
  return { take, renew };
}
