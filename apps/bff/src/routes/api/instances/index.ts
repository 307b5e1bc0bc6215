import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';
import { toInstanceDetail, toInstanceSummary } from './instance-mapping.ts';

const instances: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.instances),
    handler: async (request) => {
      const { page = 1, pageSize = 20, status, name, tagKey, tagValue } = request.query;
      if (tagValue !== undefined && tagKey === undefined) throw new ApiError('BAD_REQUEST', 'tagValue needs a tagKey.');
      app.auth.scope.assertRegion(request, request.params.region);
      // A user limited to a tag only ever lists instances carrying it; the cloud does the filtering.
      const tag = app.auth.scope.instanceTagFilter(request, { tagKey, tagValue });
      const found = await app.cloud.describeInstances({
        regionId: request.params.region,
        pageNumber: page,
        pageSize,
        ...(status === undefined ? {} : { status }),
        // InstanceName takes `*` as its only wildcard: a substring is `*name*`.
        ...(name === undefined ? {} : { instanceName: `*${name}*` }),
        ...(tag === undefined ? {} : { tag }),
      });
      return { items: found.instances.map(toInstanceSummary), total: found.totalCount, page: found.pageNumber, pageSize: found.pageSize };
    },
  });

  app.route({
    ...contractRoute(routes.instance),
    handler: async (request) => {
      const { region, id } = request.params;
      app.auth.scope.assertRegion(request, region);
      const [instance, assistant] = await Promise.all([
        app.cloud.describeInstance(region, id),
        app.cloud.describeCloudAssistantStatus(region, [id]),
      ]);
      if (!instance) throw new ApiError('NOT_FOUND', `Instance ${id} does not exist in ${region}.`);
      app.auth.scope.assertInstance(request, id, instance.tags);
      return toInstanceDetail(instance, assistant.find((status) => status.instanceId === id));
    },
  });
};

export default instances;
