import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';
import { requireTerminal, summaryOf } from './terminal-access.ts';

/** GET / DELETE /api/terminals/:terminalId: the owner's own terminal (admins: any). */
const terminalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.terminal),
    handler: async (request) => summaryOf(requireTerminal(app, request, request.params.terminalId)),
  });

  app.route({
    ...contractRoute(routes.endTerminal),
    handler: async (request, reply) => {
      const terminal = requireTerminal(app, request, request.params.terminalId);
      await terminal.end(request.user?.id === terminal.owner.id ? 'ended by the user' : `ended by ${request.user?.name ?? 'an admin'}`);
      return reply.code(routes.endTerminal.successStatus).send(null);
    },
  });
};

export default terminalRoutes;
