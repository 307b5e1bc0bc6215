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

/** Serves the built SPA's files, to anyone. A missing build is not fatal: /api keeps working without it. */
async function webStatic(app: FastifyInstance, options: { root: string }): Promise<void> {
  const built = existsSync(join(options.root, 'index.html'));
  app.decorate('webAppBuilt', built);
  if (!built) {
    app.log.warn({ webDist: options.root }, 'the web app is not built: pages answer 503 until it is');
    return;
  }
  // @fastify/static's own wildcard route takes no route config, and every route must declare its
  // access, so the route is ours and the plugin only sends files (sendFile keeps its refusal of
  // paths outside the root). Files are looked up per request, so a web build made while the BFF
  // runs is served at once; a path with no file falls through to the not-found handler, which
  // answers deep links with index.html.
  await app.register(fastifyStatic, { root: options.root, serve: false });
  // Not async and returning nothing: sendFile answers (or hands over to the not-found handler) by itself.
  app.get('/*', { config: { access: 'public' } }, (request, reply) => {
    reply.sendFile((request.params as { '*': string })['*']);
  });
}

export default fp(webStatic, { name: 'web-static' });
