import { routes } from '@porthole/contract';
import { StorageError } from '@porthole/storage';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';
import { toUserSummary } from './user-summary.ts';

const NO_SCOPE = { regions: null, tag: null };

const createUser: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.createUser),
    handler: async (request, reply) => {
      const { name, password, role, scope = NO_SCOPE } = request.body;
      const passwordHash = await app.auth.hashPassword(password);
      const user = await app.audit.track(request, { action: 'user.create', target: `user:${name}`, detail: `role ${role}` }, async () => {
        try {
          return await app.storage.users.create({ name, passwordHash, role, scope, source: 'local' });
        } catch (error) {
          if (error instanceof StorageError && error.code === 'DUPLICATE_USER_NAME') throw new ApiError('USER_NAME_TAKEN');
          throw error;
        }
      });
      return reply.code(routes.createUser.successStatus).send(toUserSummary(user));
    },
  });
};

export default createUser;
