import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecFraming } from '@porthole/wire';
import type { Clock } from '../../clock.ts';
import { planContainerLaunch } from './container-launch.ts';
import { startPipedExec, startPtyExec, type ExecProcess } from './exec-process.ts';
import type { ExecRequest } from './exec-request.ts';
import { ExecTokens } from './exec-tokens.ts';

/** The two candidate framings of the exec socket (protocols.md §2.2): the real one is unconfirmed, so it is a switch. */
export const isExecFraming = (value: unknown): value is ExecFraming => value === 'k8s' || value === 'raw';

/** LOCALCLOUD_EXEC_FRAMING, default k8s; anything else stops the start with a clear message. */
export function execFramingFromEnv(raw: string | undefined): ExecFraming {
  const value = raw?.trim() || 'k8s';
  if (!isExecFraming(value)) throw new Error(`LOCALCLOUD_EXEC_FRAMING must be "k8s" or "raw", got "${value}"`);
  return value;
}

export interface ExecServiceOptions {
  readonly clock: Clock;
  /** Where container trees live; default a temp dir removed on close. */
  readonly sandboxDir?: string;
  /** `host:port` the WebSocketUris point at, asked when a URI is made (the port is known only once listening). */
  readonly endpoint: () => string;
  readonly framing?: ExecFraming;
}

/** ECI exec's state: pending socket tokens, the framing switch and every process started, so close() ends them all. */
export class ExecService {
  readonly tokens: ExecTokens;
  readonly endpoint: () => string;
  framing: ExecFraming;
  readonly #sandboxDir: string | undefined;
  /** Made on the first exec, so a simulator nobody execs in leaves no directory behind. */
  #root: Promise<{ dir: string; owned: boolean }> | undefined;
  readonly #running = new Set<ExecProcess>();
  #closed = false;

  constructor(options: ExecServiceOptions) {
    this.tokens = new ExecTokens(options.clock);
    this.endpoint = options.endpoint;
    this.framing = options.framing ?? 'k8s';
    this.#sandboxDir = options.sandboxDir;
  }

  webSocketUri(token: string): string {
    return `ws://${this.endpoint()}/exec/?s=${encodeURIComponent(token)}`;
  }

  /** Starts the request's command in its container: on a PTY when TTY is set, else on pipes. */
  async start(req: ExecRequest): Promise<ExecProcess> {
    if (this.#closed) throw new Error('localcloud is shutting down');
    this.#root ??= this.#sandboxDir === undefined
      ? mkdtemp(join(tmpdir(), 'localcloud-eci-')).then((dir) => ({ dir, owned: true }))
      : Promise.resolve({ dir: join(this.#sandboxDir, 'eci'), owned: false });
    const plan = await planContainerLaunch((await this.#root).dir, req);
    const process = req.tty ? startPtyExec(plan) : startPipedExec(plan);
    this.#running.add(process);
    void process.exited.then(() => this.#running.delete(process));
    if (this.#closed) process.kill();
    return process;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.tokens.expireAll();
    const running = [...this.#running];
    for (const process of running) process.kill();
    await Promise.all(running.map((p) => p.exited));
    const root = await this.#root;
    if (root?.owned) await rm(root.dir, { recursive: true, force: true });
  }
}
