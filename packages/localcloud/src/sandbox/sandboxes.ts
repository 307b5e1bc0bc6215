import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock.ts';
import { GuestProcess } from './guest-process.ts';
import { type GuestTree, prepareTree } from './guest-tree.ts';
import { isWindows } from './guest-users.ts';
import { type Isolation, probeIsolation } from './isolation.ts';
import { planLinuxRun } from './linux-launch.ts';
import { OutputCapture } from './output-capture.ts';
import { executionException } from './refusals.ts';
import type { RunningScript, ScriptEnd, ScriptRequest, ScriptResult } from './script-request.ts';
import { runOnWindows } from './windows-run.ts';

export interface SandboxesOptions {
  /** Every instance gets `<root>/<instanceId>/`. */
  readonly root: string;
  readonly clock: Clock;
  /** The agent keeps the first 24 KB of output. */
  readonly outputLimitBytes?: number;
  /** Skips the namespaces even where the machine has them (tests of the fallback). */
  readonly directoryOnly?: boolean;
}

type StopReason = 'timeout' | 'terminated';

interface Run {
  /** Ends the run for good, whatever its TerminationMode: the simulator is going away. */
  abort(): void;
  readonly settled: Promise<unknown>;
}

/** Runs Cloud Assistant scripts for real, each instance confined to its own directory tree and namespaces. */
export class Sandboxes {
  readonly isolation: Isolation;
  readonly #root: string;
  readonly #mountpoint: string;
  readonly #clock: Clock;
  readonly #limit: number;
  readonly #trees = new Map<string, Promise<void>>();
  readonly #runs = new Set<Run>();
  #closing = false;

  constructor(options: SandboxesOptions) {
    this.#root = options.root;
    this.#clock = options.clock;
    this.#limit = options.outputLimitBytes ?? 24 * 1024;
    // Each run mounts its guest's root here in its own mount namespace, so one empty directory serves them all.
    this.#mountpoint = join(options.root, '.guest-root');
    mkdirSync(this.#mountpoint, { recursive: true });
    this.isolation = options.directoryOnly ? 'directory' : probeIsolation(this.#mountpoint);
  }

  run(req: ScriptRequest): RunningScript {
    const startedAt = this.#clock.now();
    const capture = new OutputCapture(this.#limit);
    const stop = new AbortController();
    let reason: StopReason | undefined;
    let guestProcess: GuestProcess | undefined;
    let done = false;
    const halt = (why: StopReason, wholeTree: boolean) => {
      if (reason || done) return;
      reason = why;
      stop.abort();
      if (wholeTree || req.terminationMode === 'ProcessTree') guestProcess?.killTree();
      else guestProcess?.killMain();
    };
    const timer = this.#clock.setTimeout(() => halt('timeout', false), req.timeoutSeconds * 1000);

    const execute = async (): Promise<ScriptEnd | undefined> => {
      if (isWindows(req.spec)) return runOnWindows(req, this.#clock, capture, stop.signal);
      const plan = await planLinuxRun(req, this.#host());
      if ('kind' in plan || reason) return 'kind' in plan ? plan : undefined;
      guestProcess = new GuestProcess(plan, capture);
      const exit = await guestProcess.exited;
      if (reason) return undefined;
      return 'failure' in exit ? executionException(exit.failure) : { kind: 'exited', exitCode: exit.code };
    };
    const result = execute()
      .catch((error: unknown) => executionException(error instanceof Error ? error.message : String(error)))
      .then((end): ScriptResult => {
        done = true;
        timer.cancel();
        return {
          end: end ?? { kind: reason ?? 'terminated' },
          output: capture.bytes(),
          dropped: capture.dropped,
          startedAt,
          finishedAt: this.#clock.now(),
        };
      });

    const run: Run = {
      abort: () => (done ? guestProcess?.killTree() : halt('terminated', true)),
      // Processes a script left behind (TerminationMode=Process) outlive its result; the run ends with them.
      settled: result.then(() => guestProcess?.closed),
    };
    this.#runs.add(run);
    void run.settled.then(() => this.#runs.delete(run));
    if (this.#closing) run.abort();
    return { result, stop: () => halt('terminated', false) };
  }

  /** Kills everything still running, including what scripts left in the background, and waits for it to go. */
  async close(): Promise<void> {
    this.#closing = true;
    const runs = [...this.#runs];
    for (const run of runs) run.abort();
    await Promise.all(runs.map((run) => run.settled));
  }

  #host() {
    return {
      root: this.#root,
      mountpoint: this.#mountpoint,
      isolation: this.isolation,
      prepare: (tree: GuestTree) => this.#prepare(tree),
      scriptName: (req: ScriptRequest) => req.taskId ?? `script-${randomBytes(6).toString('hex')}`,
    };
  }

  #prepare(tree: GuestTree): Promise<void> {
    let prepared = this.#trees.get(tree.hostDir);
    if (!prepared) {
      prepared = prepareTree(tree);
      this.#trees.set(tree.hostDir, prepared);
      prepared.catch(() => this.#trees.delete(tree.hostDir));
    }
    return prepared;
  }
}
