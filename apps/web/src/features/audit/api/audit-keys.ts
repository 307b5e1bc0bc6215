import type { AuditPageQuery } from '@porthole/contract';

// The newest page of a filtered view is the query without a cursor: live entries are written there.
export const auditKeys = {
  page: (query: AuditPageQuery) => ['audit', 'page', query] as const,
};
