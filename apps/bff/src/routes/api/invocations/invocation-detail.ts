import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { instancesByIds } from '../../../commands/instance-lookup.ts';
import { hasTagScope, visibilityOf } from '../../../commands/instance-visibility.ts';
import { toInvocationResult } from '../../../commands/invocation-mapping.ts';
import { detailOf, loadInvocation } from '../../../commands/read-invocation.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';
import { assertInstanceInScope } from '../instances/instance-scope.ts';

// The most DescribeInvocationResults answers per page.
const HISTORY_PAGE = 50;

/** One invocation with each instance's latest result, and every execution of a periodic one. */
const invocationDetail: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.invocation),
    handler: async (request) => {
      const { region, invokeId } = request.params;
      app.auth.scope.assertRegion(request, region);
      const loaded = await loadInvocation(app, region, invokeId);
      const detail = detailOf(loaded, visibilityOf(app, request, loaded.instances));
      if (hasTagScope(request) && detail.invocation.instanceCount === 0) {
        throw new ApiError('OUT_OF_SCOPE', `Invocation ${invokeId} ran on no instance in your scope.`);
      }
      return detail;
    },
  });

  app.route({
    ...contractRoute(routes.invocationHistory),
    handler: async (request) => {
      const { region, invokeId } = request.params;
      const { instanceId, cursor } = request.query;
      app.auth.scope.assertRegion(request, region);
      if (instanceId !== undefined) await assertInstanceInScope(app, request, region, instanceId);
      const page = await app.cloud.describeInvocationResults({
        regionId: region,
        invokeId,
        includeHistory: true,
        maxResults: HISTORY_PAGE,
        ...(instanceId === undefined ? {} : { instanceId }),
        ...(cursor === undefined ? {} : { nextToken: cursor }),
      });
      const instances = await instancesByIds(app, region, page.results.map((result) => result.instanceId));
      const visible = visibilityOf(app, request, instances);
      const items = page.results
        .filter((result) => visible(result.instanceId))
        .map((result) => toInvocationResult(result, instances.get(result.instanceId)?.instanceName ?? null));
      return { items, nextCursor: page.nextToken ?? null };
    },
  });
};

export default invocationDetail;
