import { routePath, routes, type AuditFilterQuery } from '@porthole/contract';
import { buildQueryString } from '../../../lib/http-client.ts';

/**
 * The export is a plain GET the browser downloads itself (with the session cookie), so a large log
 * streams to disk instead of through the page's memory.
 */
export function auditExportHref(filters: AuditFilterQuery): string {
  return routePath(routes.auditExport) + buildQueryString({ ...filters });
}
