import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';
import { toUserSummary } from './user-summary.ts';

const listUsers: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.users),
    handler: async () => {
      const now = new Date();
      return { items: (await app.storage.users.list()).map((user) => toUserSummary(user, now)) };
    },
  });
};

export default listUsers;
