import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../clock.ts';
import { Sandboxes } from '../sandbox/index.ts';
import type { EcsInstance } from '../world/model.ts';
import { CommandStore } from './command-store.ts';
import { IdempotencyStore } from './idempotency.ts';
import { isTerminal, type InvocationRecord } from './model.ts';
import { JsonFileWriter } from '../json-file-writer.ts';
import { loadCloudAssistantState, stateFileFor, type CloudAssistantState } from './persistence.ts';
import { DEFAULT_DAILY_INVOCATION_QUOTA, InvocationQuota } from './quota.ts';
import type { ScriptRunner } from './run-execution.ts';
import { TaskEngine } from './task-engine.ts';

export interface CloudAssistantOptions {
  readonly seed: string;
  readonly clock: Clock;
  readonly instances: ReadonlyMap<string, EcsInstance>;
  /** The world's state file; the Cloud Assistant keeps its own next to it. */
  readonly stateFile?: string;
  /** Root of the instance sandboxes; default a fresh directory under the OS temp dir, removed on close. */
  readonly sandboxDir?: string;
  /** InvokeCommand/RunCommand tasks per region per day. */
  readonly dailyInvocationQuota?: number;
}

export interface InstanceStats {
  readonly invocationCount: number;
  readonly activeTaskCount: number;
  readonly lastInvokedTime: number | undefined;
}

/** The account id `{{ACS::AccountId}}` stands for: 16 digits, fixed by the seed. */
function accountIdOf(seed: string): string {
  const digest = createHash('sha256').update(`account:${seed}`).digest();
  return Array.from(digest.subarray(0, 16), (byte, i) => (i === 0 ? 1 + (byte % 9) : byte % 10)).join('');
}

/** The Cloud Assistant of the simulated account: commands, invocations and the engine that runs them. */
export class CloudAssistant {
  readonly accountId: string;
  readonly commands: CommandStore;
  readonly idempotency: IdempotencyStore;
  readonly quota: InvocationQuota;
  readonly #invocations: Map<string, InvocationRecord>;
  readonly #engine: TaskEngine;
  readonly #sandboxes: Sandboxes;
  readonly #ownedDir: string | undefined;
  readonly #writer: JsonFileWriter<CloudAssistantState> | undefined;

  static async create(options: CloudAssistantOptions): Promise<CloudAssistant> {
    const path = options.stateFile === undefined ? undefined : stateFileFor(options.stateFile);
    const saved = path === undefined ? undefined : await loadCloudAssistantState(path, options.seed);
    const ownedDir = options.sandboxDir === undefined ? await mkdtemp(join(tmpdir(), 'localcloud-sandboxes-')) : undefined;
    const root = options.sandboxDir ?? ownedDir ?? '';
    return new CloudAssistant(options, new Sandboxes({ root, clock: options.clock }), ownedDir, path, saved);
  }

  private constructor(
    options: CloudAssistantOptions,
    sandboxes: Sandboxes,
    ownedDir: string | undefined,
    path: string | undefined,
    saved: CloudAssistantState | undefined,
  ) {
    const onChange = () => this.#writer?.schedule();
    this.accountId = accountIdOf(options.seed);
    this.#sandboxes = sandboxes;
    this.#ownedDir = ownedDir;
    this.commands = new CommandStore(saved?.commands ?? [], onChange);
    this.idempotency = new IdempotencyStore(options.clock, saved?.clientTokens);
    this.quota = new InvocationQuota(options.clock, options.dailyInvocationQuota ?? DEFAULT_DAILY_INVOCATION_QUOTA, saved?.quota);
    this.#invocations = new Map((saved?.invocations ?? []).map((i) => [i.invokeId, i]));
    this.#writer = path === undefined
      ? undefined
      : new JsonFileWriter<CloudAssistantState>(
          path,
          () => ({
            version: 1,
            seed: options.seed,
            commands: this.commands.snapshot(),
            invocations: [...this.#invocations.values()],
            clientTokens: this.idempotency.snapshot(),
            quota: this.quota.snapshot(),
          }),
          { onlyAfterChange: true, compact: true },
        );
    const runner: ScriptRunner = sandboxes;
    this.#engine = new TaskEngine({
      clock: options.clock,
      instances: options.instances,
      runner,
      accountId: this.accountId,
      invocations: () => this.#invocations.values(),
      onChange,
    });
    for (const invocation of this.#invocations.values()) this.#engine.resume(invocation);
  }

  /** The region's invocations, newest first. */
  invocations(regionId: string): InvocationRecord[] {
    return [...this.#invocations.values()].filter((i) => i.regionId === regionId).reverse();
  }

  findInvocation(regionId: string, invokeId: string): InvocationRecord | undefined {
    const invocation = this.#invocations.get(invokeId);
    return invocation?.regionId === regionId ? invocation : undefined;
  }

  /** Stores a new invocation whose tasks are in their initial states and starts its clocks. */
  submit(invocation: InvocationRecord): void {
    this.#invocations.set(invocation.invokeId, invocation);
    this.#engine.arm(invocation);
    this.changed();
  }

  stop(invocation: InvocationRecord, instanceIds: readonly string[] | undefined): void {
    this.#engine.stop(invocation, instanceIds);
  }

  /** Called by the power model when an instance has finished booting. */
  booted(instanceId: string): void {
    this.#engine.booted(instanceId);
  }

  /** Whether any task of the command has not ended yet (DeleteCommand refuses such a command). */
  inUse(commandId: string): boolean {
    return [...this.#invocations.values()].some((i) => i.commandId === commandId && i.instances.some((t) => !isTerminal(t.status)));
  }

  /** DescribeCloudAssistantStatus: tasks on the instance, those not ended, and when it last got one. */
  instanceStats(instanceId: string): InstanceStats {
    let invocationCount = 0;
    let activeTaskCount = 0;
    let lastInvokedTime: number | undefined;
    for (const invocation of this.#invocations.values()) {
      const task = invocation.instances.find((t) => t.instanceId === instanceId);
      if (!task) continue;
      invocationCount += 1;
      if (!isTerminal(task.status)) activeTaskCount += 1;
      const latest = Math.max(task.creationTime, ...task.runs.map((r) => r.startTime));
      lastInvokedTime = Math.max(lastInvokedTime ?? latest, latest);
    }
    return { invocationCount, activeTaskCount, lastInvokedTime };
  }

  changed(): void {
    this.#writer?.schedule();
  }

  /** Stops the schedule, saves, kills what still runs and removes a sandbox root it made itself. */
  async close(): Promise<void> {
    this.#engine.close();
    await this.#writer?.flush();
    await this.#sandboxes.close();
    await this.#engine.drain();
    if (this.#ownedDir) await rm(this.#ownedDir, { recursive: true, force: true });
  }
}

export type { CommandRecord, InvocationRecord, InstanceTask, RunRecord } from './model.ts';
