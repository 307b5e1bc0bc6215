import { caErrors } from '../../cloud-assistant/errors.ts';
import { clientTokenOf } from '../../cloud-assistant/idempotency.ts';
import { missingParameter } from '../../api-error.ts';
import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { optional } from '../params.ts';
import { caRegion } from './command-fields.ts';
import { startInvocation } from './start-invocation.ts';

/** InvokeCommand: runs a saved command (or a common one, by id or name) on instances. */
export const invokeCommand = (world: World): Operation => ({ params, accessKeyId }) => {
  const region = caRegion(params);
  const ca = world.cloudAssistant;
  const token = clientTokenOf(params);
  const scope = `${accessKeyId}/InvokeCommand`;
  const replay = ca.idempotency.replay(scope, token, params);
  if (replay) return { ...replay };
  const commandId = optional(params, 'CommandId');
  if (commandId === undefined) throw missingParameter('CommandId');
  const command = ca.commands.find(region.regionId, commandId);
  if (!command) throw caErrors.commandNotFound();
  const invocation = startInvocation(world, region.regionId, params, command);
  // Common commands are shared by every account; only the account's own count their invocations.
  if (command.provider === undefined) {
    command.invokeTimes += 1;
    ca.commands.changed();
  }
  const result = { InvokeId: invocation.invokeId };
  ca.idempotency.remember(scope, token, params, result);
  return result;
};
