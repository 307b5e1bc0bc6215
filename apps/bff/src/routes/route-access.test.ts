import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLE_RANK, routes, socketRoutes, type ErrorEnvelope, type Role, type SocketDescriptor } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RegisteredRoute } from '../plugins/app/auth/access-control.ts';
import { buildTestApp } from '../testing/build-test-app.ts';
import { signedIn } from '../testing/signed-in.ts';

/** Routes outside the contract: the health check, the built web app's files and the single sign-on redirects. */
const EXTRAS = ['GET /healthz', 'GET /*', 'GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback'];
/** The only routes anyone may call signed out. Adding to this list is a security decision. */
const PUBLIC = ['GET /api/meta', 'GET /api/auth/methods', 'POST /api/session', 'GET /api/shared/:token', ...EXTRAS];

// Single sign-on is configured so that its routes are registered and enumerated too; the provider
// is only contacted when a sign-in starts, so an address nothing listens on is enough here.
const OIDC_ENV = {
  PORTHOLE_OIDC_ISSUER: 'http://127.0.0.1:9/issuer',
  PORTHOLE_OIDC_CLIENT_ID: 'route-access-test',
  PORTHOLE_OIDC_CLIENT_SECRET: 'route-access-test-secret-not-real',
  PORTHOLE_OIDC_REDIRECT_URL: 'http://localhost/api/auth/oidc/callback',
  PORTHOLE_OIDC_ROLE_MAP: 'ops=operator',
};

const SAMPLE_PARAMS: Record<string, string> = {
  region: 'cn-hangzhou',
  id: 'i-bp1grr93a4qrrm7fb8sa',
  commandId: 'c-hz0sampleid',
  invokeId: 't-hz0sampleid',
  rolloutId: 'ro-sample',
  '*': 'assets/app.js',
};
const sampleUrl = (url: string) => url.replace(/:(\w+)|\*/g, (whole, name: string | undefined) => SAMPLE_PARAMS[name ?? whole]!);
const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const ROLES = Object.keys(ROLE_RANK) as Role[];
const roleBelow = (access: Role): Role | undefined => ROLES.find((role) => ROLE_RANK[role] === ROLE_RANK[access] - 1);

let dist: string;
let app: FastifyInstance;
let registered: RegisteredRoute[];
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'porthole-web-dist-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Porthole</title>');
  app = await buildTestApp({ webDist: dist, env: OIDC_ENV });
  await app.ready();
  // Fastify's HEAD twin of each GET route shares its config; the GET stands for both.
  registered = app.auth.routes.filter((route) => route.method !== 'HEAD' || !app.auth.routes.some((r) => r.method === 'GET' && r.url === route.url));
});
afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
});

describe('every registered route', () => {
  it('is a contract route, a contract socket route or a listed extra, and nothing is missing', () => {
    const expected = [...Object.values(routes).map(keyOf), ...Object.values(socketRoutes).map((s) => `GET ${s.url}`), ...EXTRAS];
    expect(registered.map(keyOf).sort()).toEqual(expected.sort());
  });

  it('declares exactly the public ones public', () => {
    expect(registered.filter((route) => route.access === 'public').map(keyOf).sort()).toEqual([...PUBLIC].sort());
  });

  it('refuses an anonymous request with 401 unless public', async () => {
    for (const route of registered) {
      const response = await app.inject({ method: route.method as 'GET', url: sampleUrl(route.url) });
      if (PUBLIC.includes(keyOf(route))) {
        expect([401, 403], keyOf(route)).not.toContain(response.statusCode);
      } else {
        expect(response.json<ErrorEnvelope>().error, keyOf(route)).toMatchObject({ code: 'UNAUTHENTICATED', statusCode: 401 });
      }
    }
  });

  it('refuses a user whose role is too small with 403, and lets the role it names through', async () => {
    const guarded = registered.filter((route): route is RegisteredRoute & { access: Role } => route.access !== 'public');
    for (const route of guarded) {
      const below = roleBelow(route.access);
      if (below !== undefined) {
        const response = await app.inject({ method: route.method as 'GET', url: sampleUrl(route.url), headers: (await signedIn(app, below)).headers });
        expect(response.json<ErrorEnvelope>().error, `${keyOf(route)} as ${below}`).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
      }
      // A fresh user each time: one of these routes is sign-out.
      const allowed = await app.inject({ method: route.method as 'GET', url: sampleUrl(route.url), headers: (await signedIn(app, route.access)).headers });
      expect([401, 403], `${keyOf(route)} as ${route.access}`).not.toContain(allowed.statusCode);
    }
    // Two sign-ins (argon2) per guarded route: slow by design, not a hang.
  }, 60_000);
});

describe('every WebSocket route, on a real server', () => {
  let origin: string;
  beforeAll(async () => {
    origin = await app.listen({ host: '127.0.0.1', port: 0 });
  });

  /** The HTTP status the server answered the upgrade with (101 when it accepted). */
  async function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
    const socket = new WebSocket(`${origin.replace('http', 'ws')}${url}`, { headers });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        socket.terminate();
        resolve(101);
      });
      socket.once('unexpected-response', (_request, response) => {
        socket.terminate();
        resolve(response.statusCode ?? 0);
      });
      socket.once('error', reject);
    });
  }

  it.each(Object.entries(socketRoutes) as [string, SocketDescriptor][])('checks the session, the role and the Origin of %s before the upgrade', async (_name, descriptor) => {
    const { access } = descriptor;
    const url = sampleUrl(descriptor.url);
    expect(await upgradeStatus(url, { origin })).toBe(access === 'public' ? 101 : 401);
    if (access === 'public') return;
    const below = roleBelow(access);
    if (below !== undefined) expect(await upgradeStatus(url, { origin, cookie: (await signedIn(app, below)).cookie })).toBe(403);

    const { cookie } = await signedIn(app, access);
    expect(await upgradeStatus(url, { origin: 'https://evil.example', cookie })).toBe(403);
    expect(await upgradeStatus(url, { cookie })).toBe(403);
    expect(await upgradeStatus(url, { origin, cookie })).toBe(101);
  });
});
