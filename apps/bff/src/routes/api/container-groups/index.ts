import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';
import { toContainerGroup } from './container-group-mapping.ts';

const containerGroups: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.containerGroups),
    handler: async (request) => {
      const { limit = 20, nextToken, name, status } = request.query;
      const page = await app.cloud.describeContainerGroups({
        regionId: request.params.region,
        limit,
        ...(nextToken === undefined ? {} : { nextToken }),
        ...(name === undefined ? {} : { containerGroupName: name }),
        ...(status === undefined ? {} : { status }),
      });
      return {
        items: page.containerGroups.map(toContainerGroup),
        total: page.totalCount,
        ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }),
      };
    },
  });
};

export default containerGroups;
