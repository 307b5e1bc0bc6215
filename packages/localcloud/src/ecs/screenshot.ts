import type { Operation } from '../operation.ts';
import { consoleSnapshot } from '../world/console-log.ts';
import type { EcsInstance, World } from '../world/index.ts';
import { CONSOLE_COLOURS, renderScreen, type ScreenColours } from '../world/screen-image.ts';
import { SCREEN_ROWS, screenRows } from '../world/screen-text.ts';
import { ecsErrors } from './errors.ts';
import { findInstance } from './instance-lookup.ts';
import { boolParam, regionParam, required } from './params.ts';

/** GetInstanceScreenshot's page: calls on the same instance must be at least 10 seconds apart. */
export const SCREENSHOT_MIN_INTERVAL_MS = 10_000;

const WINDOWS_COLOURS: ScreenColours = { background: '#0b3d91', foreground: '#ffffff' };

/** Windows has no serial log to show; its display sits on the lock screen. */
function windowsLockScreen(): string[] {
  const rows: string[] = Array.from({ length: SCREEN_ROWS }, () => '');
  rows[11] = ' '.repeat(24) + 'Press Ctrl+Alt+Delete to unlock.';
  return rows;
}

function screenOf(world: World, instance: EcsInstance): { rows: string[]; colours: ScreenColours } {
  if (instance.spec.image.osType === 'windows') return { rows: windowsLockScreen(), colours: WINDOWS_COLOURS };
  const snapshot = consoleSnapshot(world.seed, instance.spec, instance.power, world.clock.now());
  return { rows: screenRows(snapshot?.text ?? ''), colours: CONSOLE_COLOURS };
}

/** The display of a Running instance as a Base64 JPEG: the tail of its console, as a text-mode screen. */
export const getInstanceScreenshot = (world: World): Operation => {
  // Per instance, not per caller: the interval protects the instance's display capture.
  const lastShot = new Map<string, number>();
  return ({ params }) => {
    const region = regionParam(params);
    const instanceId = required(params, 'InstanceId');
    // Nothing sleeps in the simulator, so WakeUp is only validated.
    boolParam(params, 'WakeUp', false);
    const instance = findInstance(world, region.regionId, instanceId);
    if (!instance) throw ecsErrors.consoleInvalidParameter('InstanceId', 'The instance does not exist in this region.');
    if (instance.spec.type.retired) throw ecsErrors.consoleNotSupported(`The instance type ${instance.spec.type.id} is retired.`);
    if (instance.power.status !== 'Running') throw ecsErrors.screenshotNotRunning(instance.power.status);
    const now = world.clock.now();
    const wait = (lastShot.get(instanceId) ?? -Infinity) + SCREENSHOT_MIN_INTERVAL_MS - now;
    if (wait > 0) throw ecsErrors.screenshotTooSoon(wait);
    lastShot.set(instanceId, now);
    const { rows, colours } = screenOf(world, instance);
    return { InstanceId: instanceId, Screenshot: renderScreen(rows, colours).toString('base64') };
  };
};
