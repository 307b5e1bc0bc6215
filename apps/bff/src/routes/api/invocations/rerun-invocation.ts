import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { visibilityOf } from '../../../commands/instance-visibility.ts';
import { loadInvocation } from '../../../commands/read-invocation.ts';
import { rerunOptions } from '../../../commands/rerun-options.ts';
import { submitInvocation } from '../../../commands/submit-invocation.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';
import { runAuditSubject } from './run-audit.ts';
import { checkedCount } from './run-targets.ts';

/** The per-instance statuses a "re-run the failed ones" picks up. */
const FAILED = new Set(['Failed', 'Invalid', 'Aborted', 'Error', 'Timeout']);

/** The same command and options again, now, on the failed instances (or all), within the user's scope today. */
const rerunInvocation: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.rerunInvocation, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region, invokeId } = request.params;
      const { clientToken, only } = request.body;
      app.auth.scope.assertRegion(request, region);
      const loaded = await loadInvocation(app, region, invokeId);
      const visible = visibilityOf(app, request, loaded.instances);
      const picked = loaded.results.filter((result) => visible(result.instanceId) && (only === 'all' || FAILED.has(result.invocationStatus)));
      const instanceIds = checkedCount([...new Set(picked.map((result) => result.instanceId))].sort());
      const options = await rerunOptions(app, region, loaded.invocation);
      const schedule = { kind: 'now' } as const;
      const { requestId: _, ...result } = await app.audit.track(request, runAuditSubject(region, options.command, instanceIds, schedule, false), () =>
        submitInvocation(app, { regionId: region, instanceIds, options, schedule, dryRun: false, clientToken }),
      );
      return reply.code(routes.rerunInvocation.successStatus).send(result);
    },
  });
};

export default rerunInvocation;
