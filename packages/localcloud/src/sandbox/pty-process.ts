import { spawn, type IPty } from '@lydell/node-pty';
import type { PtyPlan } from './pty-launch.ts';

export interface PtyExit {
  readonly exitCode: number;
  readonly signal: number;
}

/** A process on a pseudo-terminal, in its own session; `kill` takes its whole process group down. */
export class GuestPty {
  readonly exited: Promise<PtyExit>;
  readonly #pty: IPty;
  #gone = false;

  constructor(plan: PtyPlan, size: { cols: number; rows: number }) {
    this.#pty = spawn(plan.file, [...plan.args], {
      name: 'xterm-256color',
      cols: size.cols,
      rows: size.rows,
      cwd: plan.cwd,
      env: { ...plan.env },
      // Raw bytes: a UTF-8 character split across two reads must reach the client intact, not as U+FFFD.
      encoding: null,
    });
    this.exited = new Promise((resolve) =>
      this.#pty.onExit((exit) => {
        this.#gone = true;
        resolve({ exitCode: exit.exitCode, signal: exit.signal ?? 0 });
      }),
    );
  }

  get pid(): number {
    return this.#pty.pid;
  }

  onData(listener: (data: Uint8Array) => void): { dispose(): void } {
    // With `encoding: null` node-pty hands over Buffers, though its typings say string.
    return this.#pty.onData((chunk) => listener(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk));
  }

  write(data: Uint8Array): void {
    // With `encoding: null` node-pty writes Buffers as they are; its typings only admit strings.
    if (!this.#gone) this.#pty.write(Buffer.from(data) as unknown as string);
  }

  resize(cols: number, rows: number): void {
    if (!this.#gone) this.#pty.resize(cols, rows);
  }

  pause(): void {
    this.#pty.pause();
  }

  resume(): void {
    this.#pty.resume();
  }

  /** SIGKILL to the process group: `unshare --kill-child` then takes the guest's pid namespace with it. */
  kill(): void {
    if (this.#gone) return;
    try {
      process.kill(-this.#pty.pid, 'SIGKILL');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
}
