import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SignInFailure } from '../../../plugins/app/auth/auth-plugin.ts';
import { contractRoute } from '../../contract-route.ts';

/** Sign in, see who is signed in, sign out. */
const session: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.session),
    handler: async (request) => app.auth.sessionInfo(request),
  });

  app.route({
    ...contractRoute(routes.signIn, app.signInRateLimit),
    handler: async (request, reply) => {
      const { name, password } = request.body;
      try {
        const user = await app.auth.signInWithPassword(reply, name, password);
        // A new session every time, and the one the browser held (if any) ends: a token planted
        // before sign-in never becomes a signed-in one.
        if (request.authSession) await app.auth.endSession(request, reply);
        const info = await app.auth.startSession(request, reply, user);
        await app.audit.record(request, { action: 'session.sign-in', outcome: 'succeeded' });
        return info;
      } catch (error) {
        if (!(error instanceof SignInFailure)) throw error;
        // The attempted name is recorded even when no such user exists: that is what an audit of
        // password guessing needs to show.
        await app.audit.record(request, {
          action: 'session.sign-in',
          outcome: 'failed',
          errorCode: error.apiError.code,
          userId: error.user?.id ?? null,
          userName: name,
        });
        throw error.apiError;
      }
    },
  });

  app.route({
    ...contractRoute(routes.signOut),
    handler: async (request, reply) => {
      await app.audit.record(request, { action: 'session.sign-out', outcome: 'succeeded' });
      await app.auth.endSession(request, reply);
      return reply.code(routes.signOut.successStatus).send(null);
    },
  });
};

export default session;
