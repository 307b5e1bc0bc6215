// The CSRF token of the current session. The auth feature sets it whenever a session reply arrives
// (or the session ends); the HTTP client reads it for every state-changing request. It lives in
// memory only: a token readable from storage would outlive the session it belongs to.
let current: string | null = null;

export function setCsrfToken(token: string | null): void {
  current = token;
}

export function getCsrfToken(): string | null {
  return current;
}
