/**
 * End-to-end flow control between the upstream and the browser: the browser acknowledges the total
 * bytes xterm.js has rendered; when what was sent but not yet rendered passes the high-water mark the
 * relay stops reading upstream, and reads again once the browser is back under the low-water mark.
 * TCP then pushes back all the way to the shell, so a `yes` flood costs the BFF at most the
 * high-water mark (plus one frame) per terminal, however slow the browser is.
 */
export interface FlowWindowOptions {
  readonly highWaterBytes: number;
  readonly lowWaterBytes: number;
}

export type FlowSignal = 'pause' | 'resume' | 'none';

export class FlowWindow {
  readonly #high: number;
  readonly #low: number;
  #produced = 0;
  #acked = 0;
  #paused = false;

  constructor(options: FlowWindowOptions) {
    if (!(options.lowWaterBytes >= 0 && options.lowWaterBytes < options.highWaterBytes)) {
      throw new RangeError('flow window: need 0 <= lowWaterBytes < highWaterBytes');
    }
    this.#high = options.highWaterBytes;
    this.#low = options.lowWaterBytes;
  }

  get unacked(): number {
    return this.#produced - this.#acked;
  }

  get acked(): number {
    return this.#acked;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** `bytes` more came from upstream. */
  produced(bytes: number): FlowSignal {
    this.#produced += bytes;
    if (!this.#paused && this.unacked > this.#high) {
      this.#paused = true;
      return 'pause';
    }
    return 'none';
  }

  /** The browser has rendered `total` bytes since the start; older or impossible acks are ignored. */
  ack(total: number): FlowSignal {
    if (!Number.isSafeInteger(total) || total <= this.#acked) return 'none';
    this.#acked = Math.min(total, this.#produced);
    if (this.#paused && this.unacked <= this.#low) {
      this.#paused = false;
      return 'resume';
    }
    return 'none';
  }

}
