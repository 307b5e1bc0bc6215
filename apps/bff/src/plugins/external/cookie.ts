import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Reads and sets cookies. No signing secret: the only cookie is the session token, which is
 * random and looked up server-side, so a forged value simply matches no session.
 */
async function cookiePlugin(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
}

export default fp(cookiePlugin, { name: 'cookie' });
