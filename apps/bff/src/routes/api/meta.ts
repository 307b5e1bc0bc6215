import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import packageJson from '../../../package.json' with { type: 'json' };
import { contractRoute } from '../contract-route.ts';

const meta: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.meta),
    handler: async () => ({ cloudMode: app.cloudTarget.mode, version: packageJson.version }),
  });
};

export default meta;
