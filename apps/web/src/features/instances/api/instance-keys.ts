import type { InstanceListQuery } from '@porthole/contract';

// One hierarchy for every instance query, so an action can invalidate a region's lists and the
// instance's detail with one prefix.
export const instanceKeys = {
  region: (region: string) => ['instances', region] as const,
  list: (region: string, query: InstanceListQuery) => ['instances', region, 'list', query] as const,
  detail: (region: string, id: string) => ['instances', region, 'detail', id] as const,
  powerAction: (region: string, id: string) => ['instances', region, 'power-action', id] as const,
};
