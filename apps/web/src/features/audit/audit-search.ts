import { AuditAction, AuditOutcome, type AuditFilterQuery } from '@porthole/contract';
import { Value } from 'typebox/value';

/** What the audit page shows, as its URL holds it: the filters and, past the first page, the cursor. */
export interface AuditSearch {
  filters: AuditFilterQuery;
  cursor?: string | undefined;
}

const maxIdLength = 64;
const maxCursorLength = 512;

// A shared link may be edited by hand: anything the BFF would refuse is dropped, not sent.
export function parseAuditSearch(search: URLSearchParams): AuditSearch {
  const action = search.get('action');
  const outcome = search.get('outcome');
  return {
    filters: {
      userId: text(search.get('userId'), maxIdLength),
      action: Value.Check(AuditAction, action) ? action : undefined,
      instanceId: text(search.get('instanceId'), maxIdLength),
      outcome: Value.Check(AuditOutcome, outcome) ? outcome : undefined,
      from: instant(search.get('from')),
      to: instant(search.get('to')),
    },
    cursor: text(search.get('cursor'), maxCursorLength),
  };
}

function text(value: string | null, maxLength: number): string | undefined {
  return value && value.length <= maxLength ? value : undefined;
}

function instant(value: string | null): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function toAuditSearchParams({ filters, cursor }: AuditSearch): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, cursor })) {
    if (value) search.set(key, value);
  }
  return search;
}

/** The filters without empty values, so equal filters make equal query keys. */
export function compactFilters(filters: AuditFilterQuery): AuditFilterQuery {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as AuditFilterQuery;
}
