/**
 * Per-session bandwidth the way the agent enforces it: by pacing, never by acknowledgements
 * (protocols.md §1.9). Each frame may go once the previous ones have "used up" their time at the rate.
 */
export class Pacer {
  #bitsPerSecond: number;
  #nextAt = 0;

  constructor(bitsPerSecond: number) {
    this.#bitsPerSecond = bitsPerSecond;
  }

  set bitsPerSecond(value: number) {
    this.#bitsPerSecond = value;
  }

  /** Milliseconds to wait before a frame may be sent now; 0 when pacing is off or the budget allows it. */
  wait(now: number): number {
    return this.#bitsPerSecond > 0 ? Math.max(0, this.#nextAt - now) : 0;
  }

  /** Books `bytes` just sent at `now`. */
  spend(now: number, bytes: number): void {
    if (this.#bitsPerSecond <= 0) return;
    this.#nextAt = Math.max(this.#nextAt, now) + (bytes * 8 * 1000) / this.#bitsPerSecond;
  }
}
