import { Health } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Liveness only: it never calls the cloud, so a cloud outage does not get the BFF restarted. */
const healthz: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { response: { 200: Health } }, config: { access: 'public' } }, async () => ({ status: 'ok' as const }));
};

export default healthz;
