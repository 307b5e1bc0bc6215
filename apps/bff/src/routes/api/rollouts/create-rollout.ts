import { randomUUID } from 'node:crypto';
import { routes, type CommandChoice } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { resolveTargets } from '../../../commands/index.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { MAX_ROLLOUT_INSTANCES } from '../../../rollouts/rollout-progress.ts';
import { initialBatches } from '../../../rollouts/rollout-transitions.ts';
import { toRolloutDetail } from '../../../rollouts/rollout-view.ts';
import { creationDetail } from '../../../rollouts/rollout-wording.ts';
import { contractRoute } from '../../contract-route.ts';

/** The name lists show; a saved command is looked up, which also refuses one that does not exist before anything runs. */
async function commandNameOf(app: FastifyInstance, regionId: string, command: CommandChoice): Promise<string> {
  // Unnamed inline content goes by its type: there is nothing better to call it.
  if (command.kind === 'inline') return command.name ?? command.type;
  const { commands } = await app.cloud.describeCommands({ regionId, commandId: command.commandId });
  const found = commands.find((c) => c.commandId === command.commandId);
  if (!found) throw new ApiError('NOT_FOUND', `Command ${command.commandId} does not exist in ${regionId}.`);
  return found.name;
}

const createRollout: FastifyPluginAsyncTypebox = async (app) => {
  const { repository, runner } = app.rollouts;
  app.route({
    ...contractRoute(routes.createRollout),
    handler: async (request, reply) => {
      const { user } = request;
      if (user === null) throw new ApiError('UNAUTHENTICATED');
      const { region } = request.params;
      app.auth.scope.assertRegion(request, region);
      const { clientToken, target, maxConcurrency, maxFailures, pauseAfterFirstBatch = false, ...options } = request.body;
      // A retry of a create that went through answers with that rollout, whatever has changed since.
      const retried = await repository.findByClientToken(user.id, clientToken);
      if (retried) return reply.code(routes.createRollout.successStatus).send(toRolloutDetail(retried));

      const resolved = await resolveTargets(app, request, region, target);
      if (resolved.unknownInstanceIds.length > 0) {
        throw new ApiError('OUT_OF_SCOPE', `Not found or outside your scope: ${resolved.unknownInstanceIds.join(', ')}.`);
      }
      // Batches follow the order the user listed the instances in; a tag or group comes sorted by id.
      const order = new Map((target.kind === 'instances' ? target.instanceIds : []).map((id, index) => [id, index]));
      const instances = resolved.instances
        .map(({ instanceId, instanceName }) => ({ instanceId, instanceName }))
        .sort((a, b) => (order.get(a.instanceId) ?? 0) - (order.get(b.instanceId) ?? 0));
      if (instances.length === 0) throw new ApiError('NO_TARGETS');
      if (instances.length > MAX_ROLLOUT_INSTANCES) {
        throw new ApiError('TOO_MANY_TARGETS', `A rollout can target at most ${MAX_ROLLOUT_INSTANCES} instances; this selection has ${instances.length}.`);
      }
      const commandName = await commandNameOf(app, region, options.command);
      const id = randomUUID();
      const now = app.auth.now();
      const batches = initialBatches(instances.map((i) => i.instanceId), maxConcurrency, now);
      const detail = creationDetail({ commandName, maxConcurrency, maxFailures, pauseAfterFirstBatch }, instances.length, batches.length);
      const { rollout } = await app.audit.track(request, { action: 'rollout.create', regionId: region, target: `rollout:${id}`, detail }, () =>
        repository.create({
          id,
          clientToken,
          createdBy: user.id,
          createdByName: user.name,
          regionId: region,
          commandName,
          command: options,
          instances,
          maxConcurrency,
          maxFailures,
          pauseAfterFirstBatch,
          batches,
          status: 'running',
          createdAt: now.toISOString(),
        }),
      );
      runner.wake();
      return reply.code(routes.createRollout.successStatus).send(toRolloutDetail(rollout));
    },
  });
};

export default createRollout;
