import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function getSignInMethods(signal?: AbortSignal) {
  return apiRequest(routes.signInMethods, signal ? { signal } : {});
}

export function getSignInMethodsQueryOptions() {
  return queryOptions({
    queryKey: ['sign-in-methods'],
    queryFn: ({ signal }) => getSignInMethods(signal),
    // Configured at BFF start; it does not change while the page is open.
    staleTime: Infinity,
  });
}

export function useSignInMethods() {
  return useQuery(getSignInMethodsQueryOptions());
}
