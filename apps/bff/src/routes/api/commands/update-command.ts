import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { commandById } from '../../../commands/command-lookup.ts';
import { toCommandSummary } from '../../../commands/command-mapping.ts';
import { replaceCommand } from '../../../commands/replace-command.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';

/** 200 with the command as it is now: under a NEW id when the content changed (see replaceCommand). */
const updateCommand: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.updateCommand, expensiveCloudCall),
    handler: async (request) => {
      const { region, commandId } = request.params;
      const { content, ...attributes } = request.body;
      app.auth.scope.assertRegion(request, region);
      const current = await commandById(app, region, commandId);
      const newContent = content !== undefined && content !== current.content;
      const fields = [...Object.keys(attributes), ...(newContent ? ['content'] : [])];
      const detail = `changed ${fields.join(', ') || 'nothing'}${newContent ? ' (new content: replaced by a new command)' : ''}`;
      const { commandId: updatedId } = await app.audit.track(request, { action: 'command.update', regionId: region, target: `command:${commandId}`, detail }, async () =>
        newContent
          ? replaceCommand(app, region, current, { ...attributes, content })
          : { commandId, ...(await app.cloud.modifyCommand({ regionId: region, commandId, ...attributes })) },
      );
      return toCommandSummary(await commandById(app, region, updatedId));
    },
  });
};

export default updateCommand;
