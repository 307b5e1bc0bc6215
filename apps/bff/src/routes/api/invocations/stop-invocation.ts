import { routes } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { chunks, instancesByIds } from '../../../commands/instance-lookup.ts';
import { hasTagScope, visibilityOf } from '../../../commands/instance-visibility.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';

// StopInvocation takes at most 50 instance ids.
const STOP_BATCH = 50;

/**
 * Which instances to stop: those asked for, or all (undefined). A user limited to a tag stops only
 * instances in scope: asking for another is refused, and "all" means all of those in scope.
 */
async function instancesToStop(app: FastifyInstance, request: FastifyRequest, regionId: string, invokeId: string, asked: readonly string[] | undefined) {
  if (!hasTagScope(request)) return asked;
  const { invocations } = await app.cloud.describeInvocations({ regionId, invokeId });
  const ran = invocations.find((invocation) => invocation.invokeId === invokeId)?.instances.map((instance) => instance.instanceId) ?? [];
  const visible = visibilityOf(app, request, await instancesByIds(app, regionId, ran));
  const outside = (asked ?? []).filter((id) => !visible(id));
  if (outside.length > 0) throw new ApiError('OUT_OF_SCOPE', `Instances ${outside.join(', ')} are outside your scope.`);
  if (asked !== undefined) return asked;
  const inScope = ran.filter(visible);
  if (inScope.length === 0) throw new ApiError('OUT_OF_SCOPE', `Invocation ${invokeId} runs on no instance in your scope.`);
  return inScope.length === ran.length ? undefined : inScope;
}

const stopInvocation: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.stopInvocation, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region, invokeId } = request.params;
      app.auth.scope.assertRegion(request, region);
      const ids = await instancesToStop(app, request, region, invokeId, request.body.instanceIds);
      const detail = ids === undefined ? 'every instance' : `instances ${ids.join(', ')}`;
      await app.audit.track(request, { action: 'invocation.stop', regionId: region, target: `invocation:${invokeId}`, detail }, async () => {
        if (ids === undefined) return app.cloud.stopInvocation(region, invokeId);
        const receipts = await Promise.all(chunks(ids, STOP_BATCH).map((batch) => app.cloud.stopInvocation(region, invokeId, batch)));
        return receipts[0];
      });
      return reply.code(routes.stopInvocation.successStatus).send(null);
    },
  });
};

export default stopInvocation;
