import { invalidParameter } from '../api-error.ts';
import type { RpcParams } from '../operation.ts';
import { intParam, optional } from './params.ts';

export interface Page<T> {
  readonly items: T[];
  readonly totalCount: number;
  readonly pageNumber: number;
  readonly pageSize: number;
  /** Empty when there is nothing after this page. */
  readonly nextToken: string;
}

export interface PagingPolicy {
  /** The name of the token-mode size parameter: `MaxResults` (ECS) or `Limit` (ECI). */
  readonly sizeParam: string;
  /** Turns the raw size (undefined when absent) into the page size, or throws. */
  readonly size: (raw: number | undefined) => number;
  /** The deprecated PageNumber/PageSize style, for the APIs that still have it. */
  readonly pages?: PageSizePolicy;
}

export interface PageSizePolicy {
  readonly pageSizeMax: number;
  readonly pageSizeDefault: number;
}

/** Opaque to callers; inside it is just the offset, tagged so a token from elsewhere is refused. */
const encodeToken = (offset: number): string => Buffer.from(`lc1:${offset}`).toString('base64url');

function decodeToken(token: string): number {
  const match = /^lc1:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw invalidParameter('NextToken', 'The token is not one this API returned.');
  return Number(match[1]);
}

/**
 * Both paging styles of the ECS/ECI list APIs: NextToken + MaxResults/Limit when either is present (or
 * the API has nothing else), otherwise the older PageNumber + PageSize.
 */
export function paginate<T>(all: readonly T[], params: RpcParams, policy: PagingPolicy): Page<T> {
  const token = optional(params, 'NextToken');
  if (!policy.pages || token !== undefined || optional(params, policy.sizeParam) !== undefined) {
    const size = policy.size(intParam(params, policy.sizeParam));
    const offset = token === undefined ? 0 : decodeToken(token);
    const end = offset + size;
    return {
      items: all.slice(offset, end),
      totalCount: all.length,
      pageNumber: Math.floor(offset / size) + 1,
      pageSize: size,
      nextToken: end < all.length ? encodeToken(end) : '',
    };
  }
  return pageByNumber(all, params, policy.pages);
}

/** PageNumber (from 1) + PageSize paging, the only style some older APIs have. */
export function pageByNumber<T>(
  all: readonly T[],
  params: RpcParams,
  policy: PageSizePolicy,
): Page<T> {
  const pageNumber = intParam(params, 'PageNumber') ?? 1;
  const pageSize = intParam(params, 'PageSize') ?? policy.pageSizeDefault;
  if (pageNumber < 1) throw invalidParameter('PageNumber', 'It must be 1 or greater.');
  if (pageSize < 1 || pageSize > policy.pageSizeMax) throw invalidParameter('PageSize', `It must be from 1 to ${policy.pageSizeMax}.`);
  const offset = (pageNumber - 1) * pageSize;
  return { items: all.slice(offset, offset + pageSize), totalCount: all.length, pageNumber, pageSize, nextToken: '' };
}

/** DescribeInstances: MaxResults below 10 (or unset) means 10, above 100 means 100. */
export const clampedMaxResults = (raw: number | undefined): number => Math.min(100, Math.max(10, raw ?? 10));

/** Cloud Assistant lists: MaxResults from 1 to 50, default 10. */
export const boundedMaxResults = (raw: number | undefined): number => {
  if (raw === undefined) return 10;
  if (raw < 1 || raw > 50) throw invalidParameter('MaxResults', 'It must be from 1 to 50.');
  return raw;
};
