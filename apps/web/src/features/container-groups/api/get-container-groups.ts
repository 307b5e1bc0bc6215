import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

const pageSize = 20;

export function getContainerGroups(region: string, nextToken: string | undefined, signal?: AbortSignal) {
  return apiRequest(routes.containerGroups, {
    params: { region },
    query: { limit: pageSize, nextToken },
    ...(signal ? { signal } : {}),
  });
}

/** ECI pages with an opaque token, so the pages accumulate behind a "Load more" button. */
export function getContainerGroupsQueryOptions(region: string) {
  return infiniteQueryOptions({
    queryKey: ['container-groups', region],
    queryFn: ({ pageParam, signal }) => getContainerGroups(region, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextToken || undefined,
  });
}

export function useContainerGroups(region: string) {
  return useInfiniteQuery(getContainerGroupsQueryOptions(region));
}
