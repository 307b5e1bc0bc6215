import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { shareKeys } from './share-keys.ts';

/** The caller's links, or with `all` (admins only) everyone's. */
export function getShares(all: boolean, signal?: AbortSignal) {
  return apiRequest(routes.shares, { query: all ? { all } : {}, ...(signal ? { signal } : {}) });
}

export function getSharesQueryOptions(all: boolean) {
  return queryOptions({
    queryKey: shareKeys.list(all),
    queryFn: ({ signal }) => getShares(all, signal),
  });
}

export function useShares(all: boolean) {
  return useQuery(getSharesQueryOptions(all));
}
