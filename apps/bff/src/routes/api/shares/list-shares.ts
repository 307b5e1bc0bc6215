import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { toShareSummary } from '../../../shares/share-summary.ts';
import { contractRoute } from '../../contract-route.ts';
import type { ShareRoutesOptions } from './share-routes-options.ts';

const listShares: FastifyPluginAsyncTypebox<ShareRoutesOptions> = async (app, { shares }) => {
  app.route({
    ...contractRoute(routes.shares),
    handler: async (request) => {
      const { user } = request;
      if (user === null) throw new ApiError('UNAUTHENTICATED');
      if (request.query.all === true && user.role !== 'admin') throw new ApiError('FORBIDDEN', 'Only admins may list every user\'s shares.');
      const found = request.query.all === true ? await shares.listAll() : await shares.listByUser(user.id);
      return { items: found.map(toShareSummary) };
    },
  });
};

export default listShares;
