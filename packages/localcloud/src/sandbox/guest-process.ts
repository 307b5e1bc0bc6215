import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { OutputCapture } from './output-capture.ts';

/** How the main process of a script ended, or why it never ran. */
export type MainExit = { readonly code: number } | { readonly failure: string };

/** What to start: in namespace mode `unshare` running guest-init.sh, otherwise the script's own command line. */
export interface LaunchPlan {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env: Readonly<Record<string, string>>;
  /**
   * Set for guest-init.sh, which takes these on fd 4, reports its pid and the script's exit on fd 3, and kills only
   * the script on SIGUSR1.
   */
  readonly initParams?: readonly string[];
}

/**
 * Output written before the main process exited is already in the pipe, but may be read a moment after the exit
 * is seen; background children may keep the pipe open for ever, so the wait is bounded.
 */
const OUTPUT_SETTLE_MS = 30;
const DIAGNOSTIC_LIMIT = 2048;

/** A started script: its own process group, its output going to `capture`. */
export class GuestProcess {
  readonly #child: ChildProcess;
  readonly #viaInit: boolean;
  readonly #exited: Promise<MainExit>;
  readonly closed: Promise<void>;
  #diagnostic = '';
  #outputEnded = false;
  #gone = false;
  /** guest-init.sh's pid on the host, which takes SIGUSR1 as "kill the script only". */
  #initPid: number | undefined;
  #mainKillPending = false;

  constructor(plan: LaunchPlan, capture: OutputCapture) {
    this.#viaInit = plan.initParams !== undefined;
    this.#child = spawn(plan.command, plan.args, {
      cwd: plan.cwd,
      env: plan.env,
      detached: true,
      stdio: this.#viaInit ? ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
    });
    const [, stdout, stderr] = this.#child.stdio;
    const report = this.#child.stdio[3] as Readable | undefined;
    const params = this.#child.stdio[4] as Writable | undefined;
    params?.on('error', () => undefined);
    params?.end(plan.initParams?.map((p) => `${p}\0`).join(''));
    stdout?.on('data', (chunk: Buffer) => capture.write(chunk));
    stdout?.on('end', () => void (this.#outputEnded = true));
    stderr?.on('data', (chunk: Buffer) => {
      if (this.#diagnostic.length < DIAGNOSTIC_LIMIT) this.#diagnostic += chunk.toString('utf8');
    });
    this.closed = new Promise((resolve) => {
      const gone = () => {
        this.#gone = true;
        resolve();
      };
      // A process that could not be started may never report 'close'.
      this.#child.on('close', gone).on('error', gone);
    });
    const exited = new Promise<MainExit>((resolve) => {
      this.#child.on('error', (error) => resolve({ failure: error.message }));
      if (report) {
        let text = '';
        report.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          this.#initPid ??= Number(/^init (\d+)\n/m.exec(text)?.[1]) || undefined;
          if (this.#initPid !== undefined && this.#mainKillPending) this.killMain();
          const exit = /^exit (\d+)\n/m.exec(text);
          if (exit) resolve({ code: Number(exit[1]) });
        });
        // 'close', not 'exit': by then the report pipe has been read, so a reported exit always wins.
        this.#child.on('close', (code, signal) => resolve({ failure: this.#failure(code, signal) }));
      } else {
        this.#child.on('exit', (code, signal) => resolve({ code: code ?? 128 + (signal ? constants.signals[signal] : 0) }));
      }
    });
    this.#exited = exited.then((exit) => this.#settled().then(() => exit));
  }

  /** Resolves once the main process has exited and its output has been read. */
  get exited(): Promise<MainExit> {
    return this.#exited;
  }

  /** TerminationMode=Process: only the script's main process; what it started in the background lives on. */
  killMain(): void {
    if (this.#gone) return;
    if (!this.#viaInit) return this.#signal(this.#child.pid, 'SIGKILL');
    this.#mainKillPending = this.#initPid === undefined;
    if (this.#initPid !== undefined) this.#signal(this.#initPid, 'SIGUSR1');
  }

  /** TerminationMode=ProcessTree: the process group, and in namespace mode the whole pid namespace with it. */
  killTree(): void {
    if (this.#gone || this.#child.pid === undefined) return;
    this.#signal(-this.#child.pid, 'SIGKILL');
  }

  #signal(pid: number | undefined, signal: NodeJS.Signals): void {
    if (pid === undefined) return;
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }

  #failure(code: number | null, signal: NodeJS.Signals | null): string {
    // The last message, without the indented hints (mount's "dmesg(1) may have more information") after it.
    const detail = this.#diagnostic.split('\n').filter((line) => /^\S/.test(line)).at(-1);
    return detail || `the sandbox exited with ${signal ?? `code ${code}`} before the script ended`;
  }

  async #settled(): Promise<void> {
    if (this.#outputEnded) return;
    const ended = new Promise<void>((resolve) => this.#child.stdout?.once('end', resolve));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, OUTPUT_SETTLE_MS)));
    await Promise.race([ended, grace]);
    clearTimeout(timer);
  }
}
