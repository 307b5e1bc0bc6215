import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Whether PORTHOLE_WEB_DIST holds a built web app (index.html). */
    webAppBuilt: boolean;
  }
}

/** Serves the built SPA's files. A missing build is not fatal: /api keeps working without it. */
async function webStatic(app: FastifyInstance, options: { root: string }): Promise<void> {
  const built = existsSync(join(options.root, 'index.html'));
  app.decorate('webAppBuilt', built);
  if (!built) {
    app.log.warn({ webDist: options.root }, 'the web app is not built: pages answer 503 until it is');
    return;
  }
  // The wildcard route looks files up per request, so a web build made while the BFF runs is
  // served at once; a path with no file falls through to the not-found handler, which answers
  // deep links with index.html.
  await app.register(fastifyStatic, { root: options.root, wildcard: true, index: 'index.html' });
}

export default fp(webStatic, { name: 'web-static' });
