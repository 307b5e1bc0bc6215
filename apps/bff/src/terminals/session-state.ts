import type { UpstreamState } from './upstream.ts';

// Which state may follow which: anything else is a bug in an adapter, refused loudly.
const NEXT: Record<UpstreamState, readonly UpstreamState[]> = {
  connecting: ['connected', 'ended'],
  connected: ['reconnecting', 'ended'],
  reconnecting: ['resumed', 'ended'],
  resumed: ['reconnecting', 'ended'],
  ended: [],
};

/** The connection state machine every upstream adapter runs: refuses bad transitions. */
export class ConnectionState {
  #state: UpstreamState = 'connecting';

  get current(): UpstreamState {
    return this.#state;
  }

  get ended(): boolean {
    return this.#state === 'ended';
  }

  /** Moves to `next`; throws on a transition the table does not allow. */
  moveTo(next: UpstreamState): void {
    if (!NEXT[this.#state].includes(next)) throw new Error(`terminal upstream: ${this.#state} -> ${next} is not a valid transition`);
    this.#state = next;
  }

  /** True when `next` is allowed from here. */
  can(next: UpstreamState): boolean {
    return NEXT[this.#state].includes(next);
  }
}
