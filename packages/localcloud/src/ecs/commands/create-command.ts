import { caErrors } from '../../cloud-assistant/errors.ts';
import { clientTokenOf } from '../../cloud-assistant/idempotency.ts';
import { MAX_COMMANDS_PER_REGION, newCommandId } from '../../cloud-assistant/command-store.ts';
import type { CommandRecord } from '../../cloud-assistant/model.ts';
import { customParameterNames } from '../../cloud-assistant/parameters.ts';
import { missingParameter } from '../../api-error.ts';
import type { Operation, RpcParams } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { boolParam, optional } from '../params.ts';
import {
  DEFAULT_TIMEOUT_SECONDS,
  caRegion,
  commandTypeParam,
  descriptionParam,
  launcherParam,
  nameParam,
  resourceGroupParam,
  timeoutParam,
  workingDirParam,
} from './command-fields.ts';
import { checkContentSize, decodeContent, encodingParam, type ContentEncoding } from './content.ts';
import { labelTags } from './tag-params.ts';

/**
 * A custom command from CreateCommand's (or RunCommand's) fields; checked, not stored. `name` is
 * required by CreateCommand only.
 */
export function commandFromParams(world: World, regionId: string, params: RpcParams, defaultEncoding: ContentEncoding): CommandRecord {
  const type = commandTypeParam(params);
  const raw = optional(params, 'CommandContent');
  if (raw === undefined) throw missingParameter('CommandContent');
  const content = decodeContent(raw, encodingParam(params, defaultEncoding));
  checkContentSize(content);
  const enableParameter = boolParam(params, 'EnableParameter', false);
  if (enableParameter) customParameterNames(content);
  return {
    commandId: newCommandId(),
    regionId,
    name: nameParam(params) ?? '',
    description: descriptionParam(params) ?? '',
    type,
    content,
    workingDir: workingDirParam(params) ?? '',
    timeoutSeconds: timeoutParam(params) ?? DEFAULT_TIMEOUT_SECONDS,
    enableParameter,
    launcher: launcherParam(params) ?? '',
    resourceGroupId: resourceGroupParam(world, params) ?? '',
    tags: labelTags(params),
    creationTime: world.clock.now(),
    invokeTimes: 0,
    provider: undefined,
    category: '',
    version: 1,
    parameterDefinitions: [],
  };
}

/** The region's retention quota of custom commands. */
export function checkCommandQuota(world: World, regionId: string): void {
  if (world.cloudAssistant.commands.custom(regionId).length >= MAX_COMMANDS_PER_REGION) throw caErrors.commandQuota();
}

export const createCommand = (world: World): Operation => ({ params, accessKeyId }) => {
  const region = caRegion(params);
  const token = clientTokenOf(params);
  const scope = `${accessKeyId}/CreateCommand`;
  const replay = world.cloudAssistant.idempotency.replay(scope, token, params);
  if (replay) return { ...replay };
  if (optional(params, 'Name') === undefined) throw missingParameter('Name');
  const command = commandFromParams(world, region.regionId, params, 'Base64');
  checkCommandQuota(world, region.regionId);
  world.cloudAssistant.commands.add(command);
  const result = { CommandId: command.commandId };
  world.cloudAssistant.idempotency.remember(scope, token, params, result);
  return result;
};
