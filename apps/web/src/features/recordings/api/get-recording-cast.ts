import { queryOptions, useQuery } from '@tanstack/react-query';
import { ErrorEnvelope, routePath, routes } from '@porthole/contract';
import { Value } from 'typebox/value';
import { ApiError } from '../../../lib/api-error.ts';
import { recordingKeys } from './recording-keys.ts';

// The cast is newline-delimited JSON, not one JSON value, so lib/http-client (which parses and checks
// a JSON reply) cannot read it: a header-only cast would even parse as an object and fail the check.
// This reads the body as text with the same session cookie and turns failures into the same ApiError.

export async function getRecordingCast(recordingId: string, signal?: AbortSignal): Promise<string> {
  const init: RequestInit = {
    method: 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/x-asciicast, application/json' },
  };
  if (signal) init.signal = signal;
  let response: Response;
  try {
    response = await fetch(routePath(routes.recordingCast, { recordingId }), init);
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'AbortError') throw cause;
    throw new ApiError({ code: 'NETWORK_ERROR', message: cause instanceof Error ? cause.message : String(cause), status: 0 });
  }
  const text = await response.text();
  if (!response.ok) throw castError(response, text);
  return text;
}

function castError(response: Response, text: string): ApiError {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    payload = undefined;
  }
  if (Value.Check(ErrorEnvelope, payload)) {
    const { error } = payload;
    return new ApiError({ code: error.code, message: error.message, status: error.statusCode, requestId: error.requestId, cloud: error.cloud });
  }
  return new ApiError({ code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: `HTTP ${response.status}`, status: response.status, requestId });
}

export function getRecordingCastQueryOptions(recordingId: string) {
  return queryOptions({
    queryKey: recordingKeys.cast(recordingId),
    queryFn: ({ signal }) => getRecordingCast(recordingId, signal),
    // A replay does not change under the viewer: no refetch while the page is open.
    staleTime: Infinity,
  });
}

export function useRecordingCast(recordingId: string) {
  return useQuery(getRecordingCastQueryOptions(recordingId));
}
