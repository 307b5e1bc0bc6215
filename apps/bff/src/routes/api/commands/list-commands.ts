import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { toCommandSummary } from '../../../commands/command-mapping.ts';
import { contractRoute } from '../../contract-route.ts';

// Every common command the cloud provides, whichever team of it publishes them.
const ALL_PROVIDERS = 'AlibabaCloud';

const listCommands: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.commands),
    handler: async (request) => {
      const { region } = request.params;
      const { source = 'custom', q, cursor, pageSize = 20 } = request.query;
      app.auth.scope.assertRegion(request, region);
      const page = await app.cloud.describeCommands({
        regionId: region,
        maxResults: pageSize,
        ...(cursor === undefined ? {} : { nextToken: cursor }),
        // Name takes `*` as its wildcard: a substring is `*q*`.
        ...(q === undefined || q === '' ? {} : { name: `*${q}*` }),
        ...(source === 'common' ? { provider: ALL_PROVIDERS, latest: true } : {}),
      });
      return { items: page.commands.map(toCommandSummary), totalCount: page.totalCount, nextCursor: page.nextToken ?? null };
    },
  });
};

export default listCommands;
