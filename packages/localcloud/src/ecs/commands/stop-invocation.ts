import { caErrors } from '../../cloud-assistant/errors.ts';
import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { repeatedParam, required } from '../params.ts';
import { caRegion } from './command-fields.ts';

/** StopInvocation takes at most 50 instances; none means all of the task's. */
const MAX_STOP_INSTANCES = 50;

export const stopInvocation = (world: World): Operation => ({ params }) => {
  const region = caRegion(params);
  const invocation = world.cloudAssistant.findInvocation(region.regionId, required(params, 'InvokeId'));
  if (!invocation) throw caErrors.invokeNotFound();
  const ids = repeatedParam(params, 'InstanceId').filter((id) => id !== '');
  if (ids.length > MAX_STOP_INSTANCES) throw caErrors.instanceIdsExceeded();
  if (ids.some((id) => !invocation.instances.some((t) => t.instanceId === id))) throw caErrors.instanceNotFound();
  world.cloudAssistant.stop(invocation, ids.length > 0 ? ids : undefined);
  return {};
};
