import { caErrors } from '../../cloud-assistant/errors.ts';
import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { required } from '../params.ts';
import { caRegion, descriptionParam, launcherParam, nameParam, timeoutParam, workingDirParam } from './command-fields.ts';

/**
 * ModifyCommand changes a command's attributes. `CommandContent` is accepted but, as the v7 SDK model
 * documents, "deprecated and does not take effect": new content needs a new command.
 */
export const modifyCommand = (world: World): Operation => ({ params }) => {
  const region = caRegion(params);
  const commandId = required(params, 'CommandId');
  const command = world.cloudAssistant.commands.find(region.regionId, commandId);
  if (!command) throw caErrors.commandNotFound();
  if (command.provider !== undefined) throw caErrors.forbidden();
  const changes = {
    name: nameParam(params),
    description: descriptionParam(params),
    workingDir: workingDirParam(params),
    timeoutSeconds: timeoutParam(params),
    launcher: launcherParam(params),
  };
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(command, { [field]: value });
  }
  world.cloudAssistant.commands.changed();
  return {};
};
