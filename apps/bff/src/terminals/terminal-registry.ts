import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { ApiError } from '../errors/error-catalogue.ts';
import { Terminal, type RelayLimits, type TerminalLifecycle } from './terminal.ts';
import type { TerminalOwner, TerminalSpec } from './terminal-spec.ts';
import type { UpstreamFactory } from './upstream.ts';

export interface RegistryOptions {
  /** Terminals one user may have open (not ended) at once. */
  readonly limitPerUser: number;
  /** How long an ended terminal stays readable (its end reason) before it is forgotten. */
  readonly keepEndedMs: number;
  /** A reserved terminal whose browser never connects is dropped after this long. */
  readonly reservationMs: number;
  readonly limits: RelayLimits;
  readonly lifecycle: TerminalLifecycle;
  readonly log: FastifyBaseLogger;
}

/**
 * The terminals of this BFF process, by id. They live in memory: a shell is a live connection held by
 * this process, so behind several replicas the browser's socket must reach the replica that holds it.
 */
export class TerminalRegistry {
  readonly #terminals = new Map<string, Terminal>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #options: RegistryOptions;

  constructor(options: RegistryOptions) {
    this.#options = options;
  }

  /** Reserves a terminal; the cloud session starts when its socket connects. */
  open(owner: TerminalOwner, spec: TerminalSpec, upstream: UpstreamFactory): Terminal {
    const open = [...this.#terminals.values()].filter((terminal) => terminal.owner.id === owner.id && !terminal.ended).length;
    if (open >= this.#options.limitPerUser) {
      throw new ApiError('TERMINAL_LIMIT', `You have ${open} terminals open, the most allowed; close one first.`);
    }
    const id = `t-${randomUUID()}`;
    const { limits, log } = this.#options;
    const lifecycle: TerminalLifecycle = {
      start: (terminal, request) => {
        clearTimeout(this.#timers.get(terminal.id));
        return this.#options.lifecycle.start(terminal, request);
      },
      ended: async (terminal, reason, connected) => {
        try {
          await this.#options.lifecycle.ended(terminal, reason, connected);
        } finally {
          this.#forgetLater(terminal.id, this.#options.keepEndedMs);
        }
      },
    };
    const terminal = new Terminal(id, owner, spec, { limits, lifecycle, upstream, log });
    this.#terminals.set(id, terminal);
    // Reserved but never connected: nothing runs in the cloud yet, so it is just forgotten.
    this.#forgetLater(id, this.#options.reservationMs, (reserved) => reserved.state === 'reserved');
    return terminal;
  }

  get(id: string): Terminal | undefined {
    return this.#terminals.get(id);
  }

  /** Every terminal's output held in memory now (the flood test's bound). */
  get bufferedBytes(): number {
    let total = 0;
    for (const terminal of this.#terminals.values()) total += terminal.bufferedBytes;
    return total;
  }

  /** Ends every terminal (the BFF is shutting down) and forgets them. */
  async closeAll(reason: string): Promise<void> {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    const terminals = [...this.#terminals.values()];
    await Promise.all(terminals.map((terminal) => terminal.end(reason)));
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#terminals.clear();
  }

  #forgetLater(id: string, afterMs: number, onlyIf: (terminal: Terminal) => boolean = () => true): void {
    clearTimeout(this.#timers.get(id));
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      const terminal = this.#terminals.get(id);
      if (terminal && onlyIf(terminal)) this.#terminals.delete(id);
    }, afterMs);
    // Forgetting is housekeeping: it must not keep a process (or a test run) alive.
    timer.unref();
    this.#timers.set(id, timer);
  }
}
