import { planPtyLaunch } from '../sandbox/pty-launch.ts';
import { GuestPty } from '../sandbox/pty-process.ts';
import type { InstanceSpec } from '../world/model.ts';
import { BackendFailure, type ChannelBackend } from './backend.ts';

const DEFAULT_SIZE = { cols: 80, rows: 24 };

/** Tracks every PTY started, so closing the simulator leaves none behind. */
export class PtyRegistry {
  readonly #live = new Set<GuestPty>();

  add(pty: GuestPty): void {
    this.#live.add(pty);
    void pty.exited.then(() => this.#live.delete(pty));
  }

  get size(): number {
    return this.#live.size;
  }

  async closeAll(): Promise<void> {
    const all = [...this.#live];
    for (const pty of all) pty.kill();
    await Promise.all(all.map((pty) => pty.exited));
  }
}

/** A login shell (or CommandLine) as the requested user, on a PTY inside the instance's sandbox. */
export async function startShell(
  registry: PtyRegistry,
  request: { root: string; spec: InstanceSpec; username: string; commandLine?: string },
): Promise<ChannelBackend> {
  if (request.spec.image.osType === 'windows') {
    throw new BackendFailure('OpenPtyFailed', 'Windows sessions are not simulated.');
  }
  const plan = await planPtyLaunch({
    root: request.root,
    spec: request.spec,
    username: request.username,
    ...(request.commandLine === undefined ? {} : { commandLine: request.commandLine }),
  });
  // The newer agent's result code; the CLI prints unknown codes as they are.
  if (!plan) throw new BackendFailure('UserNotExists', `The user ${request.username} does not exist on the instance.`);
  let pty: GuestPty;
  try {
    pty = new GuestPty(plan, DEFAULT_SIZE);
  } catch (error) {
    throw new BackendFailure('OpenPtyFailed', error instanceof Error ? error.message : String(error));
  }
  registry.add(pty);
  let closed = false;
  return {
    onOutput: (listener) => void pty.onData(listener),
    onEnd: (listener) => void pty.exited.then(() => closed || listener('Exit')),
    write: (bytes) => pty.write(bytes),
    resize: (cols, rows) => {
      if (cols > 0 && rows > 0) pty.resize(cols, rows);
    },
    pause: () => pty.pause(),
    resume: () => pty.resume(),
    close: () => {
      closed = true;
      pty.kill();
    },
  };
}
