import { vi } from 'vitest';

export interface FakeReply {
  status?: number;
  body?: unknown;
}

/** Answers `METHOD /path` (query string ignored); a function may inspect the request. */
export type FakeRoutes = Record<string, FakeReply | ((request: Request) => FakeReply | Promise<FakeReply>)>;

/**
 * Replaces the global fetch for one test (vitest unstubs it afterwards) and keeps every request,
 * so tests can assert what the app asked for. Unknown routes fail loudly with a 404 envelope.
 */
export function fakeFetch(routes: FakeRoutes) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // The signal stays out: jsdom's AbortSignal is not the one Node's Request accepts.
    const request = new Request(new URL(String(input), 'http://localhost'), {
      method: init?.method ?? 'GET',
      headers: init?.headers ?? {},
      body: init?.body ?? null,
    });
    requests.push(request);
    const { pathname } = new URL(request.url);
    const route = routes[`${request.method} ${pathname}`];
    const reply = typeof route === 'function' ? await route(request) : route;
    if (!reply) {
      return jsonResponse(404, {
        error: { code: 'NOT_FOUND', message: `no fake for ${request.method} ${pathname}`, statusCode: 404, requestId: 'req-test' },
      });
    }
    return jsonResponse(reply.status ?? 200, reply.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The query parameters of the requests made to a path, oldest first. */
export function queriesTo(requests: readonly Request[], pathname: string): URLSearchParams[] {
  return requests.map((r) => new URL(r.url)).filter((u) => u.pathname === pathname).map((u) => u.searchParams);
}
