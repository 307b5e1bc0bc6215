import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';
import { toConsoleOutput } from './console-output-mapping.ts';

const consoleOutput: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.consoleOutput),
    config: expensiveCloudCall,
    handler: async (request) => {
      const { region, id } = request.params;
      const output = await app.cloud.getConsoleOutput(region, id, { removeSymbols: request.query.removeSymbols ?? false });
      return toConsoleOutput(output);
    },
  });
};

export default consoleOutput;
