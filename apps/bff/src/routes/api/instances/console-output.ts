import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';
import { toConsoleOutput } from './console-output-mapping.ts';
import { assertInstanceInScope } from './instance-scope.ts';

const consoleOutput: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.consoleOutput, expensiveCloudCall),
    handler: async (request) => {
      const { region, id } = request.params;
      await assertInstanceInScope(app, request, region, id);
      const output = await app.cloud.getConsoleOutput(region, id, { removeSymbols: request.query.removeSymbols ?? false });
      return toConsoleOutput(output);
    },
  });
};

export default consoleOutput;
