import type { AuditFilterQuery } from '@porthole/contract';
import type { AuditFilter } from '@porthole/storage';

/** The contract's filter query (validated: dates are ISO 8601) as the repository takes it. */
export function toAuditFilter(query: AuditFilterQuery): AuditFilter {
  const { userId, action, instanceId, outcome, from, to } = query;
  return {
    ...(userId === undefined ? {} : { userId }),
    ...(action === undefined ? {} : { action }),
    ...(instanceId === undefined ? {} : { instanceId }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(from === undefined ? {} : { from: new Date(from) }),
    ...(to === undefined ? {} : { to: new Date(to) }),
  };
}

/** The filters as a short line for the audit entry of an export, e.g. `action=instance.stop`; undefined without any. */
export function describeAuditFilter(query: AuditFilterQuery): string | undefined {
  const parts = Object.entries(query).filter(([, value]) => value !== undefined).map(([name, value]) => `${name}=${String(value)}`);
  return parts.length === 0 ? undefined : parts.join(' ');
}
