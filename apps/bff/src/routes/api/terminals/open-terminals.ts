import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';
import { assertInstanceInScope } from '../instances/instance-scope.ts';
import { ownerOf, summaryOf } from './terminal-access.ts';

const DEFAULT_SIZE = { cols: 80, rows: 24 };

/** POST .../terminals: reserve a shell; the cloud session starts when the browser's socket connects. */
const openTerminals: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.openInstanceTerminal),
    handler: async (request, reply) => {
      const { region, id } = request.params;
      await assertInstanceInScope(app, request, region, id);
      const instance = await app.cloud.describeInstance(region, id);
      if (!instance) throw new ApiError('NOT_FOUND', `Instance ${id} does not exist in ${region}.`);
      if (instance.status !== 'Running') throw new ApiError('CLOUD_INVALID_STATE', 'The instance is not running.');
      // Refused now, in words, rather than as a failed socket later (the sample checks the same).
      const [agent] = await app.cloud.describeCloudAssistantStatus(region, [id]);
      if (!agent?.online || !agent.supportSessionManager) {
        throw new ApiError('CLOUD_NOT_SUPPORTED', 'Cloud Assistant on this instance is offline or too old for Session Manager.');
      }
      const { username, commandLine, cols = DEFAULT_SIZE.cols, rows = DEFAULT_SIZE.rows } = request.body;
      const terminal = app.terminals.open(ownerOf(request), {
        kind: 'instance',
        regionId: region,
        targetId: id,
        targetName: instance.instanceName || id,
        containerName: null,
        username: username ?? null,
        commandLine: commandLine ?? null,
        shell: null,
        cols,
        rows,
      });
      return reply.code(routes.openInstanceTerminal.successStatus).send(summaryOf(terminal));
    },
  });

  app.route({
    ...contractRoute(routes.openContainerTerminal),
    handler: async (request, reply) => {
      const { region, id } = request.params;
      // Region scope only, as for the container group list: tag scopes name ECS instance tags.
      app.auth.scope.assertRegion(request, region);
      const page = await app.cloud.describeContainerGroups({ regionId: region, containerGroupIds: [id] });
      const group = page.containerGroups.find((candidate) => candidate.containerGroupId === id);
      if (!group) throw new ApiError('NOT_FOUND', `Container group ${id} does not exist in ${region}.`);
      const { containerName, shell = '/bin/sh', cols = DEFAULT_SIZE.cols, rows = DEFAULT_SIZE.rows } = request.body;
      if (!group.containers.some((container) => container.name === containerName)) {
        throw new ApiError('NOT_FOUND', `Container group ${id} has no container named ${containerName}.`);
      }
      const terminal = app.terminals.open(ownerOf(request), {
        kind: 'container',
        regionId: region,
        targetId: id,
        targetName: group.containerGroupName || id,
        containerName,
        username: null,
        commandLine: null,
        shell,
        cols,
        rows,
      });
      return reply.code(routes.openContainerTerminal.successStatus).send(summaryOf(terminal));
    },
  });
};

export default openTerminals;
