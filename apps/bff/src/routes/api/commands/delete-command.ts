import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';

const deleteCommand: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.deleteCommand, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region, commandId } = request.params;
      app.auth.scope.assertRegion(request, region);
      await app.audit.track(request, { action: 'command.delete', regionId: region, target: `command:${commandId}` }, () => app.cloud.deleteCommand(region, commandId));
      return reply.code(routes.deleteCommand.successStatus).send(null);
    },
  });
};

export default deleteCommand;
