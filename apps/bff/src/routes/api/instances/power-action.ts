import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';
import { assertInstanceInScope } from './instance-scope.ts';

/** 202: the cloud accepted the request; the instance's status changes later (poll the instance). */
const powerAction: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.powerAction, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region, id } = request.params;
      const { action, force = false } = request.body;
      await assertInstanceInScope(app, request, region, id);
      const receipt = await app.audit.track(request, { action: `instance.${action}`, regionId: region, instanceId: id }, () =>
        action === 'start'
          ? app.cloud.startInstance(region, id)
          : action === 'stop'
            ? app.cloud.stopInstance(region, id, { force })
            : app.cloud.rebootInstance(region, id, { force }),
      );
      request.log.info({ action, instanceId: id, cloudRequestId: receipt.requestId }, 'power action accepted');
      return reply.code(routes.powerAction.successStatus).send({ accepted: true, cloudRequestId: receipt.requestId });
    },
  });
};

export default powerAction;
