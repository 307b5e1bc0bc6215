import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';
import { recordingKeys } from './recording-keys.ts';

export function getRecording(recordingId: string, signal?: AbortSignal) {
  return apiRequest(routes.recording, { params: { recordingId }, ...(signal ? { signal } : {}) });
}

export function getRecordingQueryOptions(recordingId: string) {
  return queryOptions({
    queryKey: recordingKeys.detail(recordingId),
    queryFn: ({ signal }) => getRecording(recordingId, signal),
  });
}

export function useRecording(recordingId: string) {
  return useQuery(getRecordingQueryOptions(recordingId));
}
