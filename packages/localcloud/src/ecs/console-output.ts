import { stripVTControlCharacters } from 'node:util';
import type { Operation, RpcParams } from '../operation.ts';
import { consoleSnapshot } from '../world/console-log.ts';
import type { World } from '../world/index.ts';
import { chinaLocal } from '../world/time-format.ts';
import { ecsErrors } from './errors.ts';
import { findInstance } from './instance-lookup.ts';
import { optional, regionParam, required } from './params.ts';

/**
 * The API does not document a size limit; we return at most the newest 2 MiB (cut at a line start):
 * enough for a whole boot with systemd's debug logging (about 20,000 lines), while bounding the
 * Base64 body.
 */
export const CONSOLE_OUTPUT_MAX_BYTES = 2 * 1024 * 1024;

function removeSymbols(params: RpcParams): boolean {
  const value = optional(params, 'RemoveSymbols')?.toLowerCase() ?? 'false';
  if (value !== 'true' && value !== 'false') throw ecsErrors.consoleInvalidParameter('RemoveSymbols', 'Valid values: true, false.');
  return value === 'true';
}

/** ANSI colour/cursor sequences, then the carriage returns and other control bytes a terminal would eat. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const plain = (text: string): string => stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** The newest CONSOLE_OUTPUT_MAX_BYTES of `text`, starting at a line boundary. */
export function capConsoleOutput(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= CONSOLE_OUTPUT_MAX_BYTES) return text;
  const cut = bytes.subarray(bytes.length - CONSOLE_OUTPUT_MAX_BYTES).toString('utf8');
  return cut.slice(cut.indexOf('\n') + 1);
}

export const getInstanceConsoleOutput = (world: World): Operation => ({ params }) => {
  const region = regionParam(params);
  const instanceId = required(params, 'InstanceId');
  const strip = removeSymbols(params);
  const instance = findInstance(world, region.regionId, instanceId);
  if (!instance) throw ecsErrors.consoleInvalidParameter('InstanceId', 'The instance does not exist in this region.');
  if (instance.spec.image.osType === 'windows') throw ecsErrors.consoleNotSupported('Windows instances have no serial console output.');
  if (instance.spec.type.retired) throw ecsErrors.consoleNotSupported(`The instance type ${instance.spec.type.id} is retired.`);
  const snapshot = consoleSnapshot(world.seed, instance.spec, instance.power, world.clock.now());
  if (!snapshot) throw ecsErrors.consoleNoOutput();
  const text = capConsoleOutput(strip ? plain(snapshot.text) : snapshot.text);
  return {
    InstanceId: instanceId,
    ConsoleOutput: Buffer.from(text, 'utf8').toString('base64'),
    LastUpdateTime: chinaLocal(snapshot.lastUpdate),
  };
};
