import type { AuditEntry, AuditFilterQuery, AuditPage } from '@porthole/contract';

/** Whether a pushed entry belongs in a view with these filters (the server sends every entry). */
export function matchesFilters(entry: AuditEntry, filters: AuditFilterQuery): boolean {
  const started = Date.parse(entry.startedAt);
  return (
    (filters.userId === undefined || entry.userId === filters.userId) &&
    (filters.action === undefined || entry.action === filters.action) &&
    (filters.instanceId === undefined || entry.instanceId === filters.instanceId) &&
    (filters.outcome === undefined || entry.outcome === filters.outcome) &&
    (filters.from === undefined || started >= Date.parse(filters.from)) &&
    (filters.to === undefined || started < Date.parse(filters.to))
  );
}

/**
 * Brings the newest page of a filtered view up to date with a pushed entry. A completion replaces
 * the pending entry with its id in place (or removes it when it no longer matches, e.g. under an
 * outcome filter); a new entry goes before the first older one, which for a live feed is the top.
 */
export function applyLiveEntry(page: AuditPage, entry: AuditEntry, filters: AuditFilterQuery): AuditPage {
  const known = page.items.some((item) => item.id === entry.id);
  if (!matchesFilters(entry, filters)) {
    return known ? { ...page, items: page.items.filter((item) => item.id !== entry.id) } : page;
  }
  if (known) return { ...page, items: page.items.map((item) => (item.id === entry.id ? entry : item)) };

  const started = Date.parse(entry.startedAt);
  const at = page.items.findIndex((item) => Date.parse(item.startedAt) < started);
  // Older than the whole page while older pages exist: it belongs to one of those.
  if (at === -1 && page.nextCursor !== undefined) return page;
  const items = [...page.items];
  items.splice(at === -1 ? items.length : at, 0, entry);
  return { ...page, items };
}
