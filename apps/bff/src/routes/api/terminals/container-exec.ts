import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';

/** POST .../exec: one command in a container, run to completion (ExecContainerCommand with Sync). */
const containerExec: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.containerExec),
    handler: async (request) => {
      const { region, id } = request.params;
      app.auth.scope.assertRegion(request, region);
      const { containerName, command } = request.body;
      const result = await app.audit.track(
        request,
        // argv[0] only: the arguments may hold secrets.
        { action: 'container.exec', regionId: region, target: `container-group:${id}/${containerName}`, detail: `runs ${command[0] ?? ''}` },
        // Sync needs TTY off and no stdin (seed 004).
        () => app.cloud.execContainerCommand({ regionId: region, containerGroupId: id, containerName, command, sync: true, tty: false, stdin: false }),
      );
      return { output: result.syncResponse ?? '', cloudRequestId: result.requestId };
    },
  });
};

export default containerExec;
