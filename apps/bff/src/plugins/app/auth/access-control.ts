import { roleAllows, type Access } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every route must say (contractRoute/socketRoute copy it from the contract). */
    access?: Access;
  }
}

const ACCESS_LEVELS: readonly unknown[] = ['public', 'viewer', 'operator', 'admin'];

/** A route as the access check saw it at registration. */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
  readonly websocket: boolean;
}

/**
 * Fails closed at start-up: registering a route that does not say who may call it throws, so a
 * route added later cannot go unchecked by forgetting to. Fastify's own HEAD twin of a GET route
 * carries the GET route's config and passes.
 */
export function requireAccessOnEveryRoute(app: FastifyInstance): readonly RegisteredRoute[] {
  const registered: RegisteredRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions & { websocket?: boolean; wsHandler?: unknown }) => {
    const access = (route.config as { access?: unknown } | undefined)?.access;
    if (!ACCESS_LEVELS.includes(access)) {
      throw new Error(`route ${String(route.method)} ${route.url} has no config.access (public, viewer, operator or admin)`);
    }
    const websocket = route.websocket === true || route.wsHandler !== undefined;
    for (const method of [route.method].flat()) registered.push({ method, url: route.url, access: access as Access, websocket });
  });
  return registered;
}

/** Refuses a request its user may not make: 401 when signed out, 403 when the role is too small. */
export function assertAccess(request: FastifyRequest): void {
  // The not-found handler (unknown API paths, the SPA's pages) is public.
  if (request.is404) return;
  const access = request.routeOptions.config.access;
  if (access === 'public') return;
  if (request.user === null) throw new ApiError('UNAUTHENTICATED');
  // A route without access cannot be registered; should one slip by anyway, nobody may call it.
  if (access === undefined || !roleAllows(request.user.role, access)) throw new ApiError('FORBIDDEN');
}
