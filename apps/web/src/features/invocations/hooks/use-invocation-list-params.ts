import { useSearchParams } from 'react-router';
import { InvocationStatus } from '@porthole/contract';
import { Value } from 'typebox/value';
import type { InvocationFilters } from '../api/get-invocations.ts';

// The filters live in the URL, so a filtered history can be linked and survives the back button.
export function parseInvocationFilters(search: URLSearchParams): InvocationFilters {
  const status = search.get('status');
  return {
    status: Value.Check(InvocationStatus, status) ? status : undefined,
    commandName: search.get('commandName') || undefined,
    instanceId: search.get('instanceId') || undefined,
  };
}

export function toSearchParams(filters: InvocationFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  return search;
}

export function useInvocationListParams() {
  const [search, setSearch] = useSearchParams();
  const filters = parseInvocationFilters(search);
  const setFilters = (changed: InvocationFilters) => setSearch(toSearchParams({ ...filters, ...changed }));
  return { filters, setFilters };
}
