import type { Clock } from '../clock.ts';
import type { EcsInstance, PowerRecord, StoppedMode } from './model.ts';

export type TimingMode = 'realistic' | 'fast';

/** How long each phase lasts. Realistic is what a small ECS instance takes; fast keeps tests quick. */
const PHASES: Readonly<Record<TimingMode, { boot: number; shutdown: number; forcedShutdown: number }>> = {
  realistic: { boot: 8_000, shutdown: 4_000, forcedShutdown: 1_500 },
  fast: { boot: 40, shutdown: 20, forcedShutdown: 10 },
};

/**
 * Drives Start/Stop/Reboot through Starting and Stopping with timers from the injected clock.
 * Callers check the status first: these methods assume the transition is allowed.
 */
export class PowerControl {
  readonly #instances: ReadonlyMap<string, EcsInstance>;
  readonly #clock: Clock;
  readonly #phases: (typeof PHASES)[TimingMode];
  readonly #onChange: () => void;
  readonly #timers = new Map<string, { cancel(): void }>();
  readonly #bootListeners: ((instanceId: string) => void)[] = [];

  constructor(instances: ReadonlyMap<string, EcsInstance>, clock: Clock, timing: TimingMode, onChange: () => void) {
    this.#instances = instances;
    this.#clock = clock;
    this.#phases = PHASES[timing];
    this.#onChange = onChange;
  }

  start(instance: EcsInstance): void {
    this.#boot(instance.power);
    this.#schedule(instance);
  }

  stop(instance: EcsInstance, options: { force: boolean; stoppedMode: StoppedMode }): void {
    this.#shutdown(instance.power, options.force, false);
    instance.power.stoppedMode = options.stoppedMode;
    this.#schedule(instance);
  }

  reboot(instance: EcsInstance, options: { force: boolean }): void {
    this.#shutdown(instance.power, options.force, true);
    this.#schedule(instance);
  }

  /** Called each time an instance has finished booting (the Cloud Assistant's reboot-triggered tasks). */
  onBooted(listener: (instanceId: string) => void): void {
    this.#bootListeners.push(listener);
  }

  /** Re-arms the timers of phases that were in progress when the state was saved. */
  resume(): void {
    for (const instance of this.#instances.values()) {
      if (instance.power.phaseEndsAt !== undefined) this.#schedule(instance);
    }
  }

  close(): void {
    for (const timer of this.#timers.values()) timer.cancel();
    this.#timers.clear();
  }

  #boot(power: PowerRecord): void {
    const now = this.#clock.now();
    power.status = 'Starting';
    power.boots += 1;
    power.bootStartedAt = now;
    power.bootDurationMs = this.#phases.boot;
    power.startTime = now;
    power.stoppedMode = 'Not-applicable';
    power.phaseEndsAt = now + this.#phases.boot;
    delete power.rebooting;
    delete power.shutdownStartedAt;
    delete power.shutdownDurationMs;
    delete power.shutdownForced;
  }

  #shutdown(power: PowerRecord, force: boolean, reboot: boolean): void {
    const now = this.#clock.now();
    const duration = force ? this.#phases.forcedShutdown : this.#phases.shutdown;
    power.status = 'Stopping';
    power.rebooting = reboot;
    power.shutdownStartedAt = now;
    power.shutdownDurationMs = duration;
    power.shutdownForced = force;
    power.phaseEndsAt = now + duration;
  }

  #schedule(instance: EcsInstance): void {
    const id = instance.spec.instanceId;
    this.#timers.get(id)?.cancel();
    const delay = Math.max(0, (instance.power.phaseEndsAt ?? 0) - this.#clock.now());
    this.#timers.set(id, this.#clock.setTimeout(() => this.#endPhase(instance), delay));
    this.#onChange();
  }

  #endPhase(instance: EcsInstance): void {
    const power = instance.power;
    this.#timers.delete(instance.spec.instanceId);
    if (power.status === 'Stopping' && power.rebooting) {
      this.#boot(power);
      this.#schedule(instance);
      return;
    }
    const booted = power.status === 'Starting';
    power.status = booted ? 'Running' : 'Stopped';
    delete power.phaseEndsAt;
    this.#onChange();
    if (booted) for (const listener of this.#bootListeners) listener(instance.spec.instanceId);
  }
}
