import { useSearchParams } from 'react-router';
import type { AuditFilterQuery } from '@porthole/contract';
import { compactFilters, parseAuditSearch, toAuditSearchParams } from '../audit-search.ts';

/** The audit page's state lives in the URL, so a filtered view (or an older page) can be shared. */
export function useAuditSearchParams() {
  const [search, setSearch] = useSearchParams();
  const { filters, cursor } = parseAuditSearch(search);
  const current = compactFilters(filters);
  return {
    filters: current,
    cursor,
    // Other filters make other pages: a change starts again at the newest entries.
    setFilters: (changed: AuditFilterQuery) => setSearch(toAuditSearchParams({ filters: compactFilters({ ...current, ...changed }) })),
    showOlder: (next: string) => setSearch(toAuditSearchParams({ filters: current, cursor: next })),
    showNewest: () => setSearch(toAuditSearchParams({ filters: current })),
  };
}
