import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

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
    // The log changes only when the instance boots or stops; the user asks for news with Refresh.
    staleTime: 30_000,
    // Toggling RemoveSymbols keeps the old text on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useConsoleOutput(region: string, id: string, removeSymbols: boolean) {
  return useQuery(getConsoleOutputQueryOptions(region, id, removeSymbols));
}
