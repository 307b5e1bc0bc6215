import { CSRF_HEADER, ErrorEnvelope, routePath, type RouteDescriptor } from '@porthole/contract';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { ApiError } from './api-error.ts';
import { getCsrfToken } from './csrf-token.ts';

// The client is pure: it builds the request from a contract descriptor, checks the reply against the
// descriptor's schema and throws ApiError. Toasts, redirects and retries belong to the callers.

type ParamsOf<R> = R extends { params: infer S extends TSchema } ? { params: Static<S> } : { params?: never };
type QueryOf<R> = R extends { querystring: infer S extends TSchema } ? { query?: Static<S> } : { query?: never };
type BodyOf<R> = R extends { body: infer S extends TSchema } ? { body: Static<S> } : { body?: never };
type ResponseOf<R> = R extends { response: infer S extends TSchema } ? Static<S> : never;

type RequestInput<R extends RouteDescriptor> = ParamsOf<R> & QueryOf<R> & BodyOf<R> & { signal?: AbortSignal };

type QueryValue = string | number | boolean | undefined | null;

export function buildQueryString(query: Record<string, QueryValue> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function apiRequest<R extends RouteDescriptor>(route: R, input: RequestInput<R>): Promise<ResponseOf<R>> {
  const { params, query, body, signal } = input as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
    body?: unknown;
    signal?: AbortSignal;
  };
  const url = routePath(route, params) + buildQueryString(query);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getCsrfToken();
  // The BFF refuses a state-changing request without the session's token (CSRF protection).
  if (route.method !== 'GET' && token) headers[CSRF_HEADER] = token;
  const init: RequestInit = { method: route.method, headers, credentials: 'same-origin' };
  if (signal) init.signal = signal;
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }

  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    // Cancellation is not a failure: TanStack Query needs the AbortError untouched.
    if (isAbort(cause)) throw cause;
    throw new ApiError({ code: 'NETWORK_ERROR', message: describe(cause), status: 0 });
  }

  // 204 has no body; the contract describes it as null.
  const payload = response.status === 204 ? null : await readJson(response);
  if (!response.ok) throw errorFromResponse(response, payload);
  if (!Value.Check(route.response, payload)) {
    const first = Value.Errors(route.response, payload)[0];
    throw new ApiError({
      code: 'INVALID_RESPONSE',
      message: `${route.method} ${route.url}: ${first ? `${first.instancePath || '/'} ${first.message}` : 'unexpected reply'}`,
      status: response.status,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
  return payload as ResponseOf<R>;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function errorFromResponse(response: Response, payload: unknown): ApiError {
  if (Value.Check(ErrorEnvelope, payload)) {
    const { error } = payload;
    return new ApiError({
      code: error.code,
      message: error.message,
      status: error.statusCode,
      requestId: error.requestId,
      cloud: error.cloud,
    });
  }
  // A proxy or a crashed BFF answered: keep what little the reply tells us.
  return new ApiError({
    code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

function isAbort(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && 'name' in cause && cause.name === 'AbortError';
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
