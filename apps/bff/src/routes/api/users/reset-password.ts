import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';

/** POST /api/users/:id/password: a new password, no lock, and every session of the user ends. */
const resetPassword: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.resetPassword),
    handler: async (request, reply) => {
      const { id } = request.params;
      const user = await app.storage.users.findById(id);
      if (!user) throw new ApiError('NOT_FOUND');
      // Single sign-on users prove who they are to their identity provider; a local password would be a way around it.
      if (user.source !== 'local') throw new ApiError('BAD_REQUEST', 'This user signs in through single sign-on and has no password here.');
      const passwordHash = await app.auth.hashPassword(request.body.password);
      await app.audit.track(request, { action: 'user.reset-password', target: `user:${user.name}` }, async () => {
        await app.storage.users.update(id, { passwordHash });
        await app.storage.users.clearFailedSignIns(id);
        await app.storage.sessions.revokeAllForUser(id, app.auth.now());
      });
      return reply.code(routes.resetPassword.successStatus).send(null);
    },
  });
};

export default resetPassword;
