import { bootLog, shutdownLog, type LogLine } from './boot-log.ts';
import type { InstanceSpec, PowerRecord } from './model.ts';

export interface ConsoleSnapshot {
  readonly text: string;
  /** Wall time (ms) of the newest line shown. */
  readonly lastUpdate: number;
}

interface TimedLine {
  readonly wall: number;
  readonly text: string;
}

/** Spread a log's uptime stamps over the phase's real duration, so fast mode replays a whole boot in ms. */
function spread(lines: readonly LogLine[], startedAt: number, durationMs: number): TimedLine[] {
  const total = lines.at(-1)?.t ?? 0;
  return lines.map((line) => ({
    wall: startedAt + (total === 0 ? 0 : Math.round((line.t / total) * durationMs)),
    text: line.text,
  }));
}

/**
 * The console output of the current (or last) boot as it stands at `now`: lines appear as the boot and
 * shutdown progress. Undefined when the instance has never booted or is Windows (no serial log).
 */
export function consoleSnapshot(seed: string, spec: InstanceSpec, power: PowerRecord, now: number): ConsoleSnapshot | undefined {
  const { boots, bootStartedAt, bootDurationMs = 0 } = power;
  if (boots === 0 || bootStartedAt === undefined || spec.image.osType === 'windows') return undefined;
  const firstPass = bootLog(seed, spec, boots, () => bootStartedAt);
  const total = firstPass.at(-1)?.t ?? 1;
  const wallAt = (t: number): number => bootStartedAt + Math.round((t / total) * bootDurationMs);
  const lines = spread(bootLog(seed, spec, boots, wallAt), bootStartedAt, bootDurationMs);
  const { shutdownStartedAt, shutdownDurationMs = 0 } = power;
  if (shutdownStartedAt !== undefined && shutdownStartedAt >= bootStartedAt) {
    const uptime = (shutdownStartedAt - bootStartedAt) / 1000;
    const shutdown = shutdownLog(uptime, power.rebooting === true, power.shutdownForced === true);
    // The guest finishes printing before the phase ends: the rest is the hypervisor powering it off.
    lines.push(...spread(shutdown, shutdownStartedAt, Math.floor(shutdownDurationMs * 0.9)));
  }
  const shown = lines.filter((line) => line.wall <= now);
  // Joined, not terminated: the log ends where the guest stopped writing, e.g. right after `login: `.
  return { text: shown.map((line) => line.text).join('\n'), lastUpdate: shown.at(-1)?.wall ?? bootStartedAt };
}
