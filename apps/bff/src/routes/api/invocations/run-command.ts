import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { submitInvocation } from '../../../commands/submit-invocation.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';
import { runAuditSubject } from './run-audit.ts';
import { runTargets } from './run-targets.ts';

/** 201 with the InvokeId; the same clientToken again (a retry) answers with the same one and runs nothing new. */
const runCommand: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.runCommand, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region } = request.params;
      const { clientToken, target, schedule, dryRun = false, ...options } = request.body;
      const instanceIds = await runTargets(app, request, region, target);
      const { requestId: _, ...result } = await app.audit.track(request, runAuditSubject(region, options.command, instanceIds, schedule, dryRun), () =>
        submitInvocation(app, { regionId: region, instanceIds, options, schedule, dryRun, clientToken }),
      );
      return reply.code(routes.runCommand.successStatus).send(result);
    },
  });
};

export default runCommand;
