import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';
import { toContainerGroup } from './container-group-mapping.ts';

const containerGroups: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.containerGroups),
    handler: async (request) => {
      // Region scope only: a tag scope names ECS instance tags, and container groups are a
      // different resource whose tags are not managed alike, so it does not narrow this list.
      app.auth.scope.assertRegion(request, request.params.region);
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
