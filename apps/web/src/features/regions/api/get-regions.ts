import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes, type Language } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function getRegions(lang: Language, signal?: AbortSignal) {
  return apiRequest(routes.regions, { query: { lang }, ...(signal ? { signal } : {}) });
}

export function getRegionsQueryOptions(lang: Language) {
  return queryOptions({
    queryKey: ['regions', { lang }],
    queryFn: ({ signal }) => getRegions(lang, signal),
    // The region list changes about once a year.
    staleTime: 60 * 60 * 1000,
  });
}

export function useRegions(lang: Language) {
  return useQuery(getRegionsQueryOptions(lang));
}
