import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

/** How often Follow asks for news: the cloud itself refreshes the output only every few seconds. */
export const followIntervalMs = 5_000;

export function getConsoleOutput(region: string, id: string, removeSymbols: boolean, signal?: AbortSignal) {
  return apiRequest(routes.consoleOutput, {
    params: { region, id },
    query: { removeSymbols },
    ...(signal ? { signal } : {}),
  });
}

export function getConsoleOutputQueryOptions(region: string, id: string, removeSymbols: boolean) {
  return queryOptions({
    queryKey: ['console-output', region, id, { removeSymbols }],
    queryFn: ({ signal }) => getConsoleOutput(region, id, removeSymbols, signal),
    // Without Follow, the user asks for news with Refresh.
    staleTime: 30_000,
    // Toggling RemoveSymbols keeps the old text on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useConsoleOutput(region: string, id: string, removeSymbols: boolean, follow: boolean) {
  return useQuery({ ...getConsoleOutputQueryOptions(region, id, removeSymbols), refetchInterval: follow ? followIntervalMs : false });
}
