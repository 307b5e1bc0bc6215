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
      const found = await app.cloud.describeInstances({
        regionId: request.params.region,
        pageNumber: page,
        pageSize,
        ...(status === undefined ? {} : { status }),
        // InstanceName takes `*` as its only wildcard: a substring is `*name*`.
        ...(name === undefined ? {} : { instanceName: `*${name}*` }),
        ...(tagKey === undefined ? {} : { tag: { key: tagKey, ...(tagValue === undefined ? {} : { value: tagValue }) } }),
      });
      return { items: found.instances.map(toInstanceSummary), total: found.totalCount, page: found.pageNumber, pageSize: found.pageSize };
    },
  });

  app.route({
    ...contractRoute(routes.instance),
    handler: async (request) => {
      const { region, id } = request.params;
      const [instance, assistant] = await Promise.all([
        app.cloud.describeInstance(region, id),
        app.cloud.describeCloudAssistantStatus(region, [id]),
      ]);
      if (!instance) throw new ApiError('NOT_FOUND', `Instance ${id} does not exist in ${region}.`);
      return toInstanceDetail(instance, assistant.find((status) => status.instanceId === id));
    },
  });
};

export default instances;
