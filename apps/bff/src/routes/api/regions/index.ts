import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';

const regions: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.regions),
    handler: async (request) => {
      const found = await app.cloud.describeRegions({ acceptLanguage: request.query.lang ?? 'en-US' });
      return { items: found.map((region) => ({ id: region.regionId, name: region.localName, status: region.status })) };
    },
  });
};

export default regions;
