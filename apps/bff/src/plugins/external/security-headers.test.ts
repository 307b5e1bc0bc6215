import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';

const CSP =
  "default-src 'self';base-uri 'none';connect-src 'self';font-src 'self';form-action 'self';frame-ancestors 'none';" +
  "img-src 'self' data:;object-src 'none';script-src 'self' 'wasm-unsafe-eval';script-src-attr 'none';style-src 'self' 'unsafe-inline'";

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'porthole-web-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Porthole</title><div id="root"></div>');
  await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log("porthole")');
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('on plain http', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ webDist: dist });
  });
  afterAll(() => app.close());

  it.each([
    ['a page', '/regions/cn-hangzhou/instances', 200],
    ['a built asset', '/assets/app-1234.js', 200],
    ['an API response', '/api/meta', 200],
    ['an API error', '/api/unknown', 404],
    ['the health check', '/healthz', 200],
  ])('sends the strict headers on %s', async (_name, url, status) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject({
      'content-security-policy': CSP,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(response.headers).not.toHaveProperty('strict-transport-security');
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });

  it('ignores X-Forwarded-Proto from a proxy it was not told to trust', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/meta', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers).not.toHaveProperty('strict-transport-security');
  });
});

describe('behind a trusted TLS-terminating proxy', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ webDist: dist, env: { PORTHOLE_TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(() => app.close());

  it('sends HSTS when the proxy says the request came over https', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['content-security-policy']).toBe(CSP);
  });

  it('sends no HSTS when the proxy says http', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'http' } });
    expect(response.headers).not.toHaveProperty('strict-transport-security');
  });

  it('believes X-Forwarded-Proto only from that proxy', async () => {
    const response = await app.inject({ method: 'GET', url: '/', remoteAddress: '192.0.2.7', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers).not.toHaveProperty('strict-transport-security');
  });
});
