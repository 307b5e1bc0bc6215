import type { CloudCommand } from '@porthole/cloud';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors/error-catalogue.ts';

/** One of the account's own commands (DescribeCommands without Provider lists no common ones). */
export async function findCommand(app: FastifyInstance, regionId: string, commandId: string): Promise<CloudCommand | undefined> {
  const { commands } = await app.cloud.describeCommands({ regionId, commandId });
  return commands.find((command) => command.commandId === commandId);
}

export async function commandById(app: FastifyInstance, regionId: string, commandId: string): Promise<CloudCommand> {
  const command = await findCommand(app, regionId, commandId);
  if (!command) throw new ApiError('NOT_FOUND', `Command ${commandId} does not exist in ${regionId}.`);
  return command;
}
