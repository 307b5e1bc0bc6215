import { clientTokenOf } from '../../cloud-assistant/idempotency.ts';
import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { boolParam } from '../params.ts';
import { caRegion } from './command-fields.ts';
import { checkCommandQuota, commandFromParams } from './create-command.ts';
import { startInvocation } from './start-invocation.ts';

/**
 * RunCommand: an inline command run at once. Its content is PlainText unless ContentEncoding says
 * otherwise; with KeepCommand=false (the default) the command is never listed and cannot be invoked
 * again: only the task remembers it.
 */
export const runCommand = (world: World): Operation => ({ params, accessKeyId }) => {
  const region = caRegion(params);
  const ca = world.cloudAssistant;
  const token = clientTokenOf(params);
  const scope = `${accessKeyId}/RunCommand`;
  const replay = ca.idempotency.replay(scope, token, params);
  if (replay) return { ...replay };
  const command = commandFromParams(world, region.regionId, params, 'PlainText');
  const keep = boolParam(params, 'KeepCommand', false);
  if (keep) checkCommandQuota(world, region.regionId);
  const invocation = startInvocation(world, region.regionId, params, command);
  if (keep) ca.commands.add({ ...command, invokeTimes: 1 });
  const result = { CommandId: command.commandId, InvokeId: invocation.invokeId };
  ca.idempotency.remember(scope, token, params, result);
  return result;
};
