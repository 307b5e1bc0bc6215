import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { contractRoute } from '../../contract-route.ts';
import { assertAdminRemains, userChange } from './user-change.ts';
import { toUserSummary } from './user-summary.ts';

/** PATCH /api/users/:id: role, scope, disabled. Enabling also lifts a sign-in lock (the repository does both). */
const updateUser: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.updateUser),
    handler: async (request) => {
      const { id } = request.params;
      // Picked one by one: the body schema allows other properties, which must never reach the table.
      const { role, scope, disabled } = request.body;
      const changes = {
        ...(role === undefined ? {} : { role }),
        ...(scope === undefined ? {} : { scope }),
        ...(disabled === undefined ? {} : { disabled }),
      };
      const user = await app.storage.users.findById(id);
      if (!user) throw new ApiError('NOT_FOUND');
      const { detail, endsSessions } = userChange(user, changes);
      const what = { action: 'user.update', target: `user:${user.name}`, ...(detail === undefined ? {} : { detail }) } as const;
      const updated = await app.audit.track(request, what, async () => {
        assertAdminRemains(await app.storage.users.list(), user, changes);
        const result = await app.storage.users.update(id, changes);
        if (!result) throw new ApiError('NOT_FOUND');
        if (endsSessions) await app.storage.sessions.revokeAllForUser(id, app.auth.now());
        return result;
      });
      return toUserSummary(updated);
    },
  });
};

export default updateUser;
