import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { routes, type CommandListQuery, type CommandSummary } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { runKeys } from './run-keys.ts';

const sources = ['custom', 'common'] as const;

function commandsQuery(region: string, query: CommandListQuery) {
  return {
    queryKey: runKeys.commands(region, query),
    queryFn: ({ signal }: { signal: AbortSignal }) => apiRequest(routes.commands, { params: { region }, query, signal }),
    placeholderData: keepPreviousData,
  };
}

export interface CommandChoices {
  custom: CommandSummary[];
  common: CommandSummary[];
  loading: boolean;
  error: Error | null;
}

/** The account's commands and the cloud's common ones whose name contains `q`, for the command picker. */
export function useCommandChoices(region: string, q: string): CommandChoices {
  const [custom, common] = useQueries({
    queries: sources.map((source) => commandsQuery(region, { source, pageSize: 50, ...(q ? { q } : {}) })),
  });
  return {
    custom: custom?.data?.items ?? [],
    common: common?.data?.items ?? [],
    loading: Boolean(custom?.isFetching || common?.isFetching),
    error: custom?.error ?? common?.error ?? null,
  };
}
