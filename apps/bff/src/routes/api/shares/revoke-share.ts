import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';
import type { ShareRoutesOptions } from './share-routes-options.ts';

const revokeShare: FastifyPluginAsyncTypebox<ShareRoutesOptions> = async (app, { shares }) => {
  app.route({
    ...contractRoute(routes.revokeShare),
    handler: async (request, reply) => {
      const { user } = request;
      if (user === null) throw new ApiError('UNAUTHENTICATED');
      const share = await shares.findById(request.params.id);
      // Someone else's share answers like a missing one: ids of others' shares are not confirmed.
      if (!share || (share.userId !== user.id && user.role !== 'admin')) throw new ApiError('NOT_FOUND', 'No such share.');
      await app.audit.track(request, { action: 'share.revoke', regionId: share.regionId, instanceId: share.instanceId, target: `share:${share.id}` }, () =>
        // Revoking twice is not an error: the link is gone either way.
        shares.revoke(share.id, app.auth.now()),
      );
      return reply.code(routes.revokeShare.successStatus).send(null);
    },
  });
};

export default revokeShare;
