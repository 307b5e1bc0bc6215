import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors/error-catalogue.ts';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Porthole: web app not built</title></head>
<body><h1>The Porthole web app is not built</h1>
<p>Build it with <code>pnpm turbo run build --filter=@porthole/web</code> (or run <code>npm start</code>, which does),
or point <code>PORTHOLE_WEB_DIST</code> at a built copy. The API under <code>/api</code> works meanwhile.</p>
</body></html>
`;

const isPage = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && request.url !== '/api';

/**
 * Unknown paths: under /api an error envelope; any other page GET is a client-side route of the
 * SPA (a deep link such as /regions/cn-hangzhou/instances), answered with index.html.
 */
async function webApp(app: FastifyInstance): Promise<void> {
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isPage(request)) throw new ApiError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`);
    if (!app.webAppBuilt) return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    // index.html names the hashed assets of the current build, so it must never be cached.
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}

// Not encapsulated: the not-found handler must answer for every path of the app.
export default fp(webApp, { name: 'web-app', dependencies: ['web-static', 'error-handler'] });
