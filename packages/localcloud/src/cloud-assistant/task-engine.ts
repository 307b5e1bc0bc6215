import { nextRuns, parseFrequency } from '@porthole/schedule';
import type { Clock } from '../clock.ts';
import type { RunningScript } from '../sandbox/index.ts';
import type { EcsInstance } from '../world/model.ts';
import { systemTimeZone } from './agent-features.ts';
import { errorOf } from './error-info.ts';
import { isPeriodic, isTerminal, type InstanceTask, type InvocationRecord, type RunRecord } from './model.ts';
import { finishRun, interruptRun, startRun, type ScriptRunner } from './run-execution.ts';

/** The agent picks up a one-time task on its next poll; a second keeps Pending observable. */
export const DELIVERY_DELAY_MS = 1000;

export interface TaskEngineDeps {
  readonly clock: Clock;
  readonly instances: ReadonlyMap<string, EcsInstance>;
  readonly runner: ScriptRunner;
  readonly accountId: string;
  readonly invocations: () => Iterable<InvocationRecord>;
  readonly onChange: () => void;
}

const keyOf = (invocation: InvocationRecord, task: InstanceTask): string => `${invocation.invokeId}/${task.instanceId}`;

/**
 * Moves tasks through their states on the world clock: delivery of one-time tasks, the Frequency
 * schedule of periodic ones, runs at boot for the reboot modes, and StopInvocation.
 */
export class TaskEngine {
  readonly #deps: TaskEngineDeps;
  /** The one timer (delivery or next run) a task waits on. */
  readonly #timers = new Map<string, { cancel(): void }>();
  readonly #scripts = new Map<string, Set<RunningScript>>();
  readonly #results = new Set<Promise<void>>();
  #closed = false;

  constructor(deps: TaskEngineDeps) {
    this.#deps = deps;
  }

  /** Starts the clocks of a new invocation whose tasks are Pending or Scheduled (or already refused). */
  arm(invocation: InvocationRecord): void {
    for (const task of invocation.instances) {
      if (task.status === 'Pending') this.#wait(invocation, task, DELIVERY_DELAY_MS, () => this.#deliver(invocation, task));
      else if (task.status === 'Scheduled' && invocation.repeatMode === 'Period') this.#armNext(invocation, task, this.#deps.clock.now());
    }
  }

  /** After a restart: runs in flight were lost, everything that waited waits again. */
  resume(invocation: InvocationRecord): void {
    const now = this.#deps.clock.now();
    for (const task of invocation.instances) {
      const lost = task.runs.filter((run) => run.status === 'Running' || run.status === 'Stopping');
      for (const run of lost) interruptRun(run, now);
      const scheduleLives = invocation.repeatMode === 'Period' && task.stopTime === undefined;
      if (scheduleLives && (task.status === 'Scheduled' || lost.length > 0)) this.#armNext(invocation, task, now);
      if (lost.length > 0) this.#settle(invocation, task, lost.at(-1));
      else if (task.status === 'Pending') this.#wait(invocation, task, DELIVERY_DELAY_MS, () => this.#deliver(invocation, task));
    }
  }

  /** The power model's boot hook: NextRebootOnly and EveryReboot tasks run when their instance boots. */
  booted(instanceId: string): void {
    for (const invocation of this.#deps.invocations()) {
      if (invocation.repeatMode !== 'NextRebootOnly' && invocation.repeatMode !== 'EveryReboot') continue;
      const task = invocation.instances.find((t) => t.instanceId === instanceId);
      if (task?.status === 'Scheduled') this.#run(invocation, task);
    }
  }

  /**
   * StopInvocation: tasks not yet started are Cancelled and no further cycle runs; running processes are
   * killed per TerminationMode (Stopping, then Terminated when the kill lands).
   */
  stop(invocation: InvocationRecord, instanceIds: readonly string[] | undefined): void {
    const now = this.#deps.clock.now();
    for (const task of invocation.instances) {
      if (instanceIds && !instanceIds.includes(task.instanceId)) continue;
      if (isTerminal(task.status) || task.stopTime !== undefined) continue;
      const key = keyOf(invocation, task);
      this.#timers.get(key)?.cancel();
      this.#timers.delete(key);
      task.stopTime = now;
      task.updateTime = now;
      const scripts = this.#scripts.get(key);
      if (scripts && scripts.size > 0) {
        task.status = 'Stopping';
        for (const run of task.runs) if (run.status === 'Running') Object.assign(run, { status: 'Stopping', stopTime: now });
        for (const script of scripts) script.stop();
      } else {
        task.status = 'Cancelled';
      }
    }
    this.#deps.onChange();
  }

  /**
   * Cancels every timer and stops recording results: runs still in flight stay Running in the saved
   * state, so the next start reports them as interrupted, as a restart should.
   */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers.values()) timer.cancel();
    this.#timers.clear();
  }

  /** Resolves once every result that was being collected has come in (after the sandboxes are closed). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#results]);
  }

  #wait(invocation: InvocationRecord, task: InstanceTask, delayMs: number, then: () => void): void {
    const key = keyOf(invocation, task);
    this.#timers.get(key)?.cancel();
    this.#timers.set(
      key,
      this.#deps.clock.setTimeout(() => {
        this.#timers.delete(key);
        then();
      }, Math.max(0, delayMs)),
    );
  }

  #deliver(invocation: InvocationRecord, task: InstanceTask): void {
    const instance = this.#deps.instances.get(task.instanceId);
    if (instance?.power.status !== 'Running') {
      Object.assign(task, { status: 'Aborted', updateTime: this.#deps.clock.now(), ...errorOf('InstanceNotRunning') });
      this.#deps.onChange();
      return;
    }
    this.#run(invocation, task);
  }

  /** Arms the next run of a Period task after `after`, or ends the task when its schedule has no more. */
  #armNext(invocation: InvocationRecord, task: InstanceTask, after: number): void {
    const parsed = parseFrequency(invocation.frequency);
    const spec = this.#deps.instances.get(task.instanceId)?.spec;
    const next = parsed.ok && spec
      ? nextRuns(parsed.frequency, { after, count: 1, createdAt: invocation.creationTime, defaultTimeZone: systemTimeZone(spec.regionId) })[0]
      : undefined;
    if (next === undefined) return;
    this.#wait(invocation, task, next - this.#deps.clock.now(), () => this.#tick(invocation, task, next));
  }

  #tick(invocation: InvocationRecord, task: InstanceTask, at: number): void {
    // The next cycle is armed before this one runs: one run's length never shifts the cadence.
    this.#armNext(invocation, task, at);
    const instance = this.#deps.instances.get(task.instanceId);
    if (instance?.power.status === 'Running') {
      this.#run(invocation, task);
      return;
    }
    const now = this.#deps.clock.now();
    task.runs.push({ repeat: (task.runs.at(-1)?.repeat ?? 0) + 1, status: 'Aborted', ...errorOf('InstanceNotRunning'), output: '', dropped: 0, startTime: now, updateTime: now });
    this.#settle(invocation, task, task.runs.at(-1));
  }

  #run(invocation: InvocationRecord, task: InstanceTask): void {
    const instance = this.#deps.instances.get(task.instanceId);
    if (!instance) return;
    const now = this.#deps.clock.now();
    const { run, script } = startRun(invocation, task.runs, instance.spec, { runner: this.#deps.runner, accountId: this.#deps.accountId, now });
    task.status = 'Running';
    task.updateTime = now;
    this.#deps.onChange();
    if (!script) {
      this.#settle(invocation, task, run);
      return;
    }
    const key = keyOf(invocation, task);
    const scripts = this.#scripts.get(key) ?? new Set();
    scripts.add(script);
    this.#scripts.set(key, scripts);
    const collected = script.result
      .then(
        (result) => {
          if (!this.#closed) finishRun(run, result, invocation.timeoutSeconds, this.#deps.clock.now());
        },
        (error: unknown) => {
          if (this.#closed) return;
          const now = this.#deps.clock.now();
          const detail = error instanceof Error ? error.message : String(error);
          Object.assign(run, { status: 'Error', finishedTime: now, updateTime: now, ...errorOf('ExecutionException') });
          run.errorInfo = `${run.errorInfo}: ${detail}`;
        },
      )
      .then(() => {
        scripts.delete(script);
        if (!this.#closed) this.#settle(invocation, task, run);
      });
    this.#results.add(collected);
    void collected.finally(() => this.#results.delete(collected));
  }

  /** The task's status once a run has ended: waiting for the next cycle, or the run's own outcome. */
  #settle(invocation: InvocationRecord, task: InstanceTask, run: RunRecord | undefined): void {
    const key = keyOf(invocation, task);
    task.updateTime = this.#deps.clock.now();
    if ((this.#scripts.get(key)?.size ?? 0) > 0) {
      this.#deps.onChange();
      return;
    }
    const stopped = task.stopTime !== undefined;
    const moreCycles = !stopped && (this.#timers.has(key) || invocation.repeatMode === 'EveryReboot');
    if (moreCycles) task.status = 'Scheduled';
    else if (stopped && isPeriodic(invocation.repeatMode)) task.status = 'Terminated';
    else task.status = run?.status ?? task.status;
    this.#deps.onChange();
  }
}
