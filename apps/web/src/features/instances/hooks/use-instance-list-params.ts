import { useSearchParams } from 'react-router';
import { InstanceStatus, type InstanceListQuery } from '@porthole/contract';
import { Value } from 'typebox/value';

export const defaultPageSize = 20;

export type InstanceFilters = Pick<InstanceListQuery, 'name' | 'status' | 'tagKey' | 'tagValue'>;

// The URL is the state: filters and page live in the search params so every view can be deep-linked.
export function parseInstanceListQuery(search: URLSearchParams): InstanceListQuery {
  const status = search.get('status');
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: positiveInt(search.get('pageSize')) ?? defaultPageSize,
    name: search.get('name') || undefined,
    status: Value.Check(InstanceStatus, status) ? status : undefined,
    tagKey: search.get('tagKey') || undefined,
    tagValue: search.get('tagValue') || undefined,
  };
}

function positiveInt(text: string | null): number | undefined {
  const value = Number(text);
  return text && Number.isInteger(value) && value > 0 ? value : undefined;
}

export function toSearchParams(query: InstanceListQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === defaultPageSize) continue;
    search.set(key, String(value));
  }
  return search;
}

export function useInstanceListParams() {
  const [search, setSearch] = useSearchParams();
  const query = parseInstanceListQuery(search);
  // A new filter changes what page 1 is, so any filter change goes back to it.
  const setFilters = (filters: InstanceFilters) => setSearch(toSearchParams({ ...query, ...filters, page: 1 }));
  const setPage = (page: number, pageSize: number) =>
    setSearch(toSearchParams({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }));
  return { query, setFilters, setPage };
}
