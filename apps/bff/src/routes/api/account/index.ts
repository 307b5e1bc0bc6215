import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';

/** The signed-in user's own account. */
const account: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.changePassword),
    handler: async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      const signedIn = request.user;
      const session = request.authSession;
      if (signedIn === null || session === null) throw new ApiError('UNAUTHENTICATED');
      const user = await app.storage.users.findById(signedIn.id);
      // An OIDC user has no password here to change; the check fails alike for them.
      const matches = await app.auth.verifyPassword(user?.source === 'local' ? user.passwordHash : undefined, currentPassword);
      if (!user || !matches) {
        await app.audit.record(request, { action: 'account.change-password', outcome: 'failed', errorCode: 'INVALID_CREDENTIALS' });
        throw new ApiError('INVALID_CREDENTIALS', 'The current password is wrong.');
      }
      await app.audit.track(request, { action: 'account.change-password' }, async () => {
        const now = app.auth.now();
        await app.storage.users.update(user.id, { passwordHash: await app.auth.hashPassword(newPassword) }, now);
        // Whoever else held a session (perhaps the reason for the change) is out; this one stays.
        await app.storage.sessions.revokeAllForUser(user.id, now, { except: session.tokenHash });
      });
      return reply.code(routes.changePassword.successStatus).send(null);
    },
  });
};

export default account;
