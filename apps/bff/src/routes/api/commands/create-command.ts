import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { commandById } from '../../../commands/command-lookup.ts';
import { toCommandSummary } from '../../../commands/command-mapping.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';

const createCommand: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.createCommand, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region } = request.params;
      const { clientToken, name, description, type, content, workingDir, timeoutSeconds, enableParameter, launcher } = request.body;
      app.auth.scope.assertRegion(request, region);
      const { commandId } = await app.audit.track(request, { action: 'command.create', regionId: region, target: `command:${name}`, detail: `a new ${type} command` }, () =>
        app.cloud.createCommand({ regionId: region, name, description, type, content, workingDir, timeoutSeconds, enableParameter, launcher, clientToken }),
      );
      const created = await commandById(app, region, commandId);
      return reply.code(routes.createCommand.successStatus).send(toCommandSummary(created));
    },
  });
};

export default createCommand;
