import { useCallback, useRef } from 'react';

/**
 * The idempotency token of one user intent (a form submission). Every retry and double click of the
 * same intent sends the same token, so the cloud runs it once; `renew` starts a new intent, after a
 * success or when the form changes. Kept in a ref: two clicks in one frame must not make two tokens.
 */
export function useIntentToken() {
  const token = useRef<string | null>(null);
  const take = useCallback((): string => {
    token.current ??= crypto.randomUUID();
    return token.current;
  }, []);
  const renew = useCallback(() => {
    token.current = null;
  }, []);
  return { take, renew };
}
