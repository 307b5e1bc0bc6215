import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';

const regions: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.regions),
    handler: async (request) => {
      const found = await app.cloud.describeRegions({ acceptLanguage: request.query.lang ?? 'en-US' });
      // Only the regions the user's scope allows; the others do not exist as far as they can tell.
      const allowed = found.filter((region) => app.auth.scope.allowsRegion(request, region.regionId));
      return { items: allowed.map((region) => ({ id: region.regionId, name: region.localName, status: region.status })) };
    },
  });
};

export default regions;
