const ORIGIN = 'http://porthole.invalid';

/**
 * The page to land on after signing in, when it is a path on this site; else `/`. Refuses anything a
 * browser could read as another origin (`//evil.example`, `/\evil.example`, `https:...`) so the
 * sign-in cannot be turned into an open redirect.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 512 || !next.startsWith('/')) return '/';
  // Control characters and backslashes are rewritten by browsers into surprising URLs.
  if (/[\p{Cc}\\]/u.test(next) || next.startsWith('//')) return '/';
  const url = new URL(next, ORIGIN);
  return url.origin === ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
}
