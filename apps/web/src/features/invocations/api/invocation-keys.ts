import type { InvocationListQuery } from '@porthole/contract';

type ListFilters = Omit<InvocationListQuery, 'cursor' | 'pageSize'>;

// One hierarchy per region, so stopping or re-running a run refreshes its page and every history list.
export const invocationKeys = {
  region: (region: string) => ['invocations', region] as const,
  list: (region: string, filters: ListFilters) => ['invocations', region, 'list', filters] as const,
  detail: (region: string, invokeId: string) => ['invocations', region, 'detail', invokeId] as const,
  history: (region: string, invokeId: string) => ['invocations', region, 'history', invokeId] as const,
};
