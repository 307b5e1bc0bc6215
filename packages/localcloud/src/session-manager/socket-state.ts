/**
 * The life of one WebSocket to a session URL:
 * - `starting`: Opened was sent, the agent's start-up window runs, input is dropped;
 * - `resuming`: a 1.02 re-attach waits for the client's Sync before anything is sent;
 * - `open`: input goes to the backend, output flows;
 * - `closing`: the backend ended; the remaining output is flushed before Status Closed;
 * - `closed`: the socket is gone.
 */
export type SocketState = 'starting' | 'resuming' | 'open' | 'closing' | 'closed';

const ALLOWED: Readonly<Record<SocketState, readonly SocketState[]>> = {
  starting: ['open', 'closing', 'closed'],
  resuming: ['open', 'closing', 'closed'],
  open: ['closing', 'closed'],
  closing: ['closed'],
  closed: [],
};

export class SocketStateMachine {
  #state: SocketState;

  constructor(initial: 'starting' | 'resuming') {
    this.#state = initial;
  }

  get state(): SocketState {
    return this.#state;
  }

  is(...states: SocketState[]): boolean {
    return states.includes(this.#state);
  }

  /** Refuses a transition the life above does not have. */
  to(next: SocketState): void {
    if (!ALLOWED[this.#state].includes(next)) throw new Error(`session socket: ${this.#state} -> ${next} is not allowed`);
    this.#state = next;
  }
}
