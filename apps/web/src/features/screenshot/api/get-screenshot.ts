import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export function getScreenshot(region: string, id: string, signal?: AbortSignal) {
  return apiRequest(routes.screenshot, { params: { region, id }, ...(signal ? { signal } : {}) });
}

export function getScreenshotQueryOptions(region: string, id: string) {
  return queryOptions({
    queryKey: ['screenshot', region, id],
    queryFn: ({ signal }) => getScreenshot(region, id, signal),
    // Every fetch is a cloud call the API allows once per 10 s per instance: a new screenshot only
    // when the user asks for one, and no automatic retries that would land inside the interval.
    staleTime: Infinity,
    retry: false,
  });
}

export function useScreenshot(region: string, id: string) {
  return useQuery(getScreenshotQueryOptions(region, id));
}
