import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.ts';

describe('with a built web app', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    // The build sits in a folder of its own, next to a file no request may reach.
    dist = join(await mkdtemp(join(tmpdir(), 'porthole-web-')), 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Porthole</title><div id="root"></div>');
    await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log("porthole")');
    await writeFile(join(dist, '..', 'secret.txt'), 'outside the web build');
    app = await buildTestApp({ webDist: dist });
  });
  afterAll(async () => {
    await app.close();
    await rm(join(dist, '..'), { recursive: true, force: true });
  });

  it('serves the built files', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("porthole")');
  });

  it('serves files of a web build made after the BFF started', async () => {
    await writeFile(join(dist, 'assets', 'app-5678.js'), 'console.log("rebuilt")');
    const response = await app.inject({ method: 'GET', url: '/assets/app-5678.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("rebuilt")');
  });

  it.each(['/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt'])('never serves a file outside the build: %s', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.body).not.toContain('outside the web build');
  });

  it.each(['/', '/regions/cn-hangzhou/instances', '/regions/cn-hangzhou/instances/i-abc?tab=console'])('answers the page %s with index.html', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<div id="root">');
  });

  it('keeps unknown API paths and other methods as 404 envelopes', async () => {
    for (const [method, url] of [['GET', '/api/unknown'], ['POST', '/regions']] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });
});

describe('without a built web app', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ webDist: '/nonexistent/porthole-web-dist' });
  });
  afterAll(() => app.close());

  it('answers pages with a 503 that says how to build it', async () => {
    const response = await app.inject({ method: 'GET', url: '/regions/cn-hangzhou/instances' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/not built/);
    expect(response.body).toMatch(/--filter=@porthole\/web/);
  });

  it('keeps the API working', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(200);
  });
});
