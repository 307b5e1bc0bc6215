/**
 * Where to go after signing in. Only a path on this origin is accepted: `?next=` comes from the URL,
 * and following it to another site would make the sign-in page an open redirect.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const url = new URL(next, window.location.origin);
  if (url.origin !== window.location.origin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
