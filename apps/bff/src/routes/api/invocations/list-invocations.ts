import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hasTagScope, visibilityFor } from '../../../commands/instance-visibility.ts';
import { toInvocationSummary } from '../../../commands/invocation-mapping.ts';
import { contractRoute } from '../../contract-route.ts';
import { assertInstanceInScope } from '../instances/instance-scope.ts';

/**
 * The region's invocations, newest first, a cloud page at a time. For a user limited to a tag, each
 * shows only the instances in scope, and one with none is left out (so a page may come back short).
 */
const listInvocations: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.invocations),
    handler: async (request) => {
      const { region } = request.params;
      const { status, commandName, instanceId, cursor, pageSize = 20 } = request.query;
      app.auth.scope.assertRegion(request, region);
      if (instanceId !== undefined) await assertInstanceInScope(app, request, region, instanceId);
      const page = await app.cloud.describeInvocations({
        regionId: region,
        maxResults: pageSize,
        ...(cursor === undefined ? {} : { nextToken: cursor }),
        ...(status === undefined ? {} : { invokeStatus: status }),
        ...(commandName === undefined ? {} : { commandName }),
        ...(instanceId === undefined ? {} : { instanceId }),
      });
      const visible = await visibilityFor(app, request, region, page.invocations.flatMap((invocation) => invocation.instances.map((i) => i.instanceId)));
      const items = page.invocations.flatMap((invocation) => {
        const instances = invocation.instances.filter((instance) => visible(instance.instanceId));
        return hasTagScope(request) && instances.length === 0 ? [] : [toInvocationSummary(invocation, instances)];
      });
      return { items, nextCursor: page.nextToken ?? null };
    },
  });
};

export default listInvocations;
