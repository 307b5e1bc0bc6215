import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { GuestPty } from '../../sandbox/pty-process.ts';
import type { PtyPlan } from '../../sandbox/pty-launch.ts';

export type ExecStream = 'stdout' | 'stderr';

/** A command running in a container, whichever way its streams are attached. */
export interface ExecProcess {
  /** Output in arrival order; with a TTY everything is `stdout`, as with Kubernetes. */
  onOutput(listener: (stream: ExecStream, data: Uint8Array) => void): void;
  write(data: Uint8Array): void;
  /** EOF on stdin (pipes); a TTY has no EOF of its own, so this does nothing there. */
  endInput(): void;
  resize(cols: number, rows: number): void;
  /** Stops reading output (the command blocks once the kernel buffer fills) until resume(): flow control. */
  pause(): void;
  resume(): void;
  /** The exit code once the process has gone and its output has been delivered (128+n for signal n). */
  readonly exited: Promise<number>;
  kill(): void;
}

const DEFAULT_SIZE = { cols: 80, rows: 24 };

export function startPtyExec(plan: PtyPlan): ExecProcess {
  const pty = new GuestPty(plan, DEFAULT_SIZE);
  const listeners: ((stream: ExecStream, data: Uint8Array) => void)[] = [];
  pty.onData((data) => listeners.forEach((l) => l('stdout', data)));
  return {
    onOutput: (listener) => void listeners.push(listener),
    write: (data) => pty.write(data),
    endInput: () => undefined,
    resize: (cols, rows) => pty.resize(cols, rows),
    pause: () => pty.pause(),
    resume: () => pty.resume(),
    exited: pty.exited.then((exit) => (exit.signal ? 128 + exit.signal : exit.exitCode)),
    kill: () => pty.kill(),
  };
}

export function startPipedExec(plan: PtyPlan): ExecProcess {
  const child: ChildProcess = spawn(plan.file, [...plan.args], {
    cwd: plan.cwd,
    env: { ...plan.env },
    // Its own process group, so kill() reaches the namespace's init and everything under it.
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const listeners: ((stream: ExecStream, data: Uint8Array) => void)[] = [];
  child.stdout?.on('data', (chunk: Buffer) => listeners.forEach((l) => l('stdout', chunk)));
  child.stderr?.on('data', (chunk: Buffer) => listeners.forEach((l) => l('stderr', chunk)));
  // A client may write after the command has exited; the broken pipe is not an error of ours.
  child.stdin?.on('error', () => undefined);
  // 'close' comes after both output pipes have ended, so nothing is lost behind the exit.
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    onOutput: (listener) => void listeners.push(listener),
    write: (data) => void (gone || child.stdin?.destroyed ? undefined : child.stdin?.write(data)),
    endInput: () => void child.stdin?.end(),
    resize: () => undefined,
    pause: () => {
      child.stdout?.pause();
      child.stderr?.pause();
    },
    resume: () => {
      child.stdout?.resume();
      child.stderr?.resume();
    },
    exited,
    kill: () => {
      if (gone || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    },
  };
}
