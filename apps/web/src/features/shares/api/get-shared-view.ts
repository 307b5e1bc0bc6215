import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { shareKeys } from './share-keys.ts';

export function getSharedView(token: string, signal?: AbortSignal) {
  return apiRequest(routes.sharedView, { params: { token }, ...(signal ? { signal } : {}) });
}

export function getSharedViewQueryOptions(token: string) {
  return queryOptions({
    queryKey: shareKeys.view(token),
    queryFn: ({ signal }) => getSharedView(token, signal),
  });
}

export function useSharedView(token: string) {
  return useQuery(getSharedViewQueryOptions(token));
}
