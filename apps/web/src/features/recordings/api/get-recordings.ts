import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { recordingKeys } from './recording-keys.ts';

/** The caller's recordings, or with `all` (admins only) everyone's. */
export function getRecordings(all: boolean, signal?: AbortSignal) {
  return apiRequest(routes.recordings, { query: all ? { all } : {}, ...(signal ? { signal } : {}) });
}

export function getRecordingsQueryOptions(all: boolean) {
  return queryOptions({
    queryKey: recordingKeys.list(all),
    queryFn: ({ signal }) => getRecordings(all, signal),
    // Sessions still running grow; a slow poll keeps their duration and size honest.
    refetchInterval: 30_000,
  });
}

export function useRecordings(all: boolean) {
  return useQuery(getRecordingsQueryOptions(all));
}
