import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import commandTargets from './command-targets.ts';
import createCommand from './create-command.ts';
import deleteCommand from './delete-command.ts';
import listCommands from './list-commands.ts';
import updateCommand from './update-command.ts';

/** Cloud Assistant: the command library and the targets a run can pick. */
const commandRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(listCommands);
  await app.register(createCommand);
  await app.register(updateCommand);
  await app.register(deleteCommand);
  await app.register(commandTargets);
};

export default commandRoutes;
