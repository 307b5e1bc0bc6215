import { caErrors } from '../../cloud-assistant/errors.ts';
import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { required } from '../params.ts';
import { caRegion } from './command-fields.ts';

/** DeleteCommand: not the cloud's common commands, and not while a task of the command is still going. */
export const deleteCommand = (world: World): Operation => ({ params }) => {
  const region = caRegion(params);
  const ca = world.cloudAssistant;
  const command = ca.commands.find(region.regionId, required(params, 'CommandId'));
  if (!command) throw caErrors.commandNotFound();
  if (command.provider !== undefined) throw caErrors.forbidden();
  if (ca.inUse(command.commandId)) throw caErrors.commandInUse();
  ca.commands.delete(command.commandId);
  return {};
};
