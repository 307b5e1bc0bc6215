import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allInstances } from '../../../commands/instance-lookup.ts';
import { resolveTargets } from '../../../commands/resolve-targets.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';

/** Picking the machines for a run: a selection resolved to instances, and the resource groups to pick from. */
const commandTargets: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.resolveTargets, expensiveCloudCall),
    handler: async (request) => resolveTargets(app, request, request.params.region, request.body.target),
  });

  app.route({
    ...contractRoute(routes.resourceGroups),
    handler: async (request) => {
      const { region } = request.params;
      app.auth.scope.assertRegion(request, region);
      const tag = app.auth.scope.instanceTagFilter(request, {});
      const instances = await allInstances(app, { regionId: region, ...(tag === undefined ? {} : { tag }) });
      const counts = new Map<string, number>();
      for (const { resourceGroupId, tags } of instances) {
        if (resourceGroupId !== undefined && app.auth.scope.allowsInstance(request, tags)) counts.set(resourceGroupId, (counts.get(resourceGroupId) ?? 0) + 1);
      }
      const items = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, instanceCount]) => ({ id, instanceCount }));
      return { items };
    },
  });
};

export default commandTargets;
