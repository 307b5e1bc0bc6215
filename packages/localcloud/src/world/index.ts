import { CloudAssistant } from '../cloud-assistant/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import { seedContainerGroups } from './container-groups-seed.ts';
import { seedInstances } from './instances-seed.ts';
import type { ContainerGroup, EcsInstance } from './model.ts';
import { PowerControl, type TimingMode } from './power-state.ts';
import { REGIONS, type Region } from './regions.ts';
import { JsonFileWriter } from '../json-file-writer.ts';
import { StateFileError, loadState, type WorldState } from './store.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionManager, type SessionSettings } from '../session-manager/index.ts';

export interface WorldOptions {
  /** Everything generated (ids, names, addresses, boot logs) follows from it. Default `porthole`. */
  readonly seed?: string;
  /** JSON file that keeps power states across restarts; none = in memory only. */
  readonly stateFile?: string;
  readonly clock?: Clock;
  readonly timing?: TimingMode;
  /** Where the instances' Cloud Assistant sandboxes live; default a fresh temp dir removed on close. */
  readonly sandboxDir?: string;
  /** Cloud Assistant tasks (InvokeCommand/RunCommand) per region per day. */
  readonly dailyInvocationQuota?: number;
  /** Session Manager timing, pacing and limits; default the documented figures. */
  readonly sessions?: Partial<SessionSettings>;
}

export interface World {
  readonly seed: string;
  readonly clock: Clock;
  readonly regions: readonly Region[];
  /** By instance id, in seed order. */
  readonly instances: ReadonlyMap<string, EcsInstance>;
  readonly containerGroups: readonly ContainerGroup[];
  readonly power: PowerControl;
  readonly cloudAssistant: CloudAssistant;
  readonly sessions: SessionManager;
  /** Cancels the phase timers, stops the Cloud Assistant and writes the state files one last time. */
  close(): Promise<void>;
}

export async function createWorld(options: WorldOptions = {}): Promise<World> {
  const seed = options.seed ?? 'porthole';
  const clock = options.clock ?? systemClock;
  const instances = new Map<string, EcsInstance>(seedInstances(seed).map((i) => [i.spec.instanceId, i]));
  const saved = options.stateFile ? await loadState(options.stateFile) : undefined;
  if (saved && options.stateFile) {
    if (saved.seed !== seed) throw new StateFileError(options.stateFile, `it was written for seed "${saved.seed}", not "${seed}"`);
    for (const [id, record] of Object.entries(saved.instances)) {
      const instance = instances.get(id);
      if (instance) instances.set(id, { spec: instance.spec, power: record });
    }
  }
  const snapshot = (): WorldState => ({
    version: 1,
    seed,
    instances: Object.fromEntries([...instances].map(([id, i]) => [id, i.power])),
  });
  const writer = options.stateFile ? new JsonFileWriter(options.stateFile, snapshot) : undefined;
  const power = new PowerControl(instances, clock, options.timing ?? 'realistic', () => writer?.schedule());
  // One sandbox root for Cloud Assistant scripts and Session Manager shells, so both see the same files.
  const ownedDir = options.sandboxDir === undefined ? await mkdtemp(join(tmpdir(), 'localcloud-sandboxes-')) : undefined;
  const sandboxDir = options.sandboxDir ?? ownedDir ?? '';
  const cloudAssistant = await CloudAssistant.create({
    seed,
    clock,
    instances,
    ...(options.stateFile === undefined ? {} : { stateFile: options.stateFile }),
    sandboxDir,
    ...(options.dailyInvocationQuota === undefined ? {} : { dailyInvocationQuota: options.dailyInvocationQuota }),
  });
  const sessions = new SessionManager({ clock, instances, sandboxRoot: sandboxDir, ...(options.sessions ? { settings: options.sessions } : {}) });
  power.onBooted((instanceId) => cloudAssistant.booted(instanceId));
  power.resume();
  return {
    seed,
    clock,
    regions: REGIONS,
    instances,
    containerGroups: seedContainerGroups(seed),
    power,
    cloudAssistant,
    sessions,
    async close() {
      power.close();
      await sessions.close();
      await cloudAssistant.close();
      await writer?.flush();
      if (ownedDir) await rm(ownedDir, { recursive: true, force: true });
    },
  };
}

export type { ContainerGroup, EcsInstance, InstanceSpec, PowerRecord, Tag } from './model.ts';
export type { Region } from './regions.ts';
export type { TimingMode } from './power-state.ts';
