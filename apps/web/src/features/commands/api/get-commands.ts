import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { routes, type CommandListQuery } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { commandKeys } from './command-keys.ts';

export type CommandSource = NonNullable<CommandListQuery['source']>;

const pageSize = 50;

export function getCommands(region: string, query: CommandListQuery, signal?: AbortSignal) {
  return apiRequest(routes.commands, { params: { region }, query, ...(signal ? { signal } : {}) });
}

/** The cloud pages with an opaque cursor, so pages accumulate behind a "Load more" button. */
export function getCommandsQueryOptions(region: string, source: CommandSource, q: string) {
  const query: CommandListQuery = { source, pageSize, ...(q ? { q } : {}) };
  return infiniteQueryOptions({
    queryKey: commandKeys.list(region, query),
    queryFn: ({ pageParam, signal }) => getCommands(region, { ...query, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Keep the old rows on screen while a new search loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}

export function useCommands(region: string, source: CommandSource, q: string) {
  return useInfiniteQuery(getCommandsQueryOptions(region, source, q));
}
