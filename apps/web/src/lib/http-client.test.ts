import { describe, expect, it, vi } from 'vitest';
import { routes } from '@porthole/contract';
import { ApiError } from './api-error.ts';
import { setCsrfToken } from './csrf-token.ts';
import { apiRequest, buildQueryString } from './http-client.ts';
import { fakeFetch } from '../testing/fake-fetch.ts';
import { anInstanceList } from '../testing/fixtures.ts';

const listPath = '/api/regions/cn-hangzhou/instances';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiRequest', () => {
  it('fills the path, encodes the query and returns the checked reply', async () => {
    const { requests } = fakeFetch({ [`GET ${listPath}`]: { body: anInstanceList([]) } });
    const list = await apiRequest(routes.instances, {
      params: { region: 'cn-hangzhou' },
      query: { name: 'web 01', page: 2, status: undefined },
    });
    expect(list.total).toBe(0);
    expect(requests[0]?.url).toBe(`http://localhost${listPath}?name=web+01&page=2`);
  });

  it('sends a JSON body for actions', async () => {
    const { requests } = fakeFetch({
      'POST /api/regions/cn-hangzhou/instances/i-1/actions': { status: 202, body: { accepted: true, cloudRequestId: 'C1' } },
    });
    await apiRequest(routes.powerAction, { params: { region: 'cn-hangzhou', id: 'i-1' }, body: { action: 'reboot', force: true } });
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]?.json()).toEqual({ action: 'reboot', force: true });
  });

  it("sends the session's CSRF token on state-changing requests only", async () => {
    const { requests } = fakeFetch({
      'GET /api/meta': { body: { cloudMode: 'cloud', version: '1' } },
      'POST /api/regions/cn-hangzhou/instances/i-1/actions': { status: 202, body: { accepted: true, cloudRequestId: 'C1' } },
    });
    setCsrfToken('token-1');
    await apiRequest(routes.meta, {});
    await apiRequest(routes.powerAction, { params: { region: 'cn-hangzhou', id: 'i-1' }, body: { action: 'start' } });
    expect(requests.map((r) => r.headers.get('x-csrf-token'))).toEqual([null, 'token-1']);
  });

  it('returns null for a 204 reply', async () => {
    const { requests } = fakeFetch({ 'DELETE /api/session': { status: 204 } });
    setCsrfToken('token-2');
    expect(await apiRequest(routes.signOut, {})).toBeNull();
    expect(requests[0]?.headers.get('x-csrf-token')).toBe('token-2');
  });

  it('turns the BFF error envelope into an ApiError with the cloud details', async () => {
    fakeFetch({
      [`GET ${listPath}`]: {
        status: 409,
        body: {
          error: {
            code: 'CLOUD_INVALID_STATE',
            message: 'The instance is not running',
            statusCode: 409,
            requestId: 'req-7',
            cloud: { code: 'IncorrectInstanceStatus', message: 'The current status does not support this', requestId: 'CLOUD-9' },
          },
        },
      },
    });
    const error = await failure(apiRequest(routes.instances, { params: { region: 'cn-hangzhou' } }));
    expect(error).toMatchObject({
      code: 'CLOUD_INVALID_STATE',
      message: 'The instance is not running',
      status: 409,
      requestId: 'req-7',
      cloud: { code: 'IncorrectInstanceStatus', requestId: 'CLOUD-9' },
    });
  });

  it('reports a reply that is not an envelope by its HTTP status', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await failure(apiRequest(routes.meta, {}));
    expect(error).toMatchObject({ code: 'INTERNAL', status: 502, message: 'HTTP 502 Bad Gateway' });
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(apiRequest(routes.meta, {}));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0, message: 'Failed to fetch' });
  });

  it('refuses a reply that breaks the contract', async () => {
    fakeFetch({ 'GET /api/meta': { body: { cloudMode: 'mars', version: '1' } } });
    const error = await failure(apiRequest(routes.meta, {}));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toContain('/cloudMode');
  });

  it('lets a cancellation through untouched', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(apiRequest(routes.meta, {})).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('buildQueryString', () => {
  it('skips empty values and keeps false', () => {
    expect(buildQueryString({ a: undefined, b: '', c: null, d: false, e: 0 })).toBe('?d=false&e=0');
    expect(buildQueryString(undefined)).toBe('');
  });
});
