import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes, type AuditPageQuery } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { auditKeys } from './audit-keys.ts';

export function getAuditPage(query: AuditPageQuery, signal?: AbortSignal) {
  return apiRequest(routes.audit, { query, ...(signal ? { signal } : {}) });
}

export function getAuditPageQueryOptions(query: AuditPageQuery) {
  return queryOptions({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) => getAuditPage(query, signal),
    // The previous page stays on screen while the next one (or a new filter) loads.
    placeholderData: keepPreviousData,
  });
}

export function useAuditPage(query: AuditPageQuery) {
  return useQuery(getAuditPageQueryOptions(query));
}
