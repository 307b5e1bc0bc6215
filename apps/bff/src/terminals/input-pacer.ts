/**
 * Sends frames no faster than the session's bandwidth (Status Stream, in bits per second): the
 * gateway may end a session that goes over it (`FlowExceedLimit`, protocols.md §1.9), and a large
 * paste is the one thing a user sends that could. Keystrokes fit in the burst and go at once. Order is
 * kept, so sequence numbers reach the gateway in order. Unpaced until a bandwidth is known.
 */
export class InputPacer {
  readonly #send: (frame: Uint8Array) => void;
  readonly #burstBytes: number;
  #queue: Uint8Array[] = [];
  #waiting = new Set<Uint8Array>();
  #queuedBytes = 0;
  #bytesPerSecond = 0;
  #allowance: number;
  #refilledAt = performance.now();
  #timer: NodeJS.Timeout | undefined;

  constructor(send: (frame: Uint8Array) => void, burstBytes = 4096) {
    this.#send = send;
    this.#burstBytes = burstBytes;
    this.#allowance = burstBytes;
  }

  set bitsPerSecond(bps: number) {
    this.#bytesPerSecond = Math.max(0, bps / 8);
  }

  /** Frames waiting for bandwidth. */
  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  /** Whether this frame is still waiting (a resend must not overtake it: it goes out in its turn). */
  isQueued(frame: Uint8Array): boolean {
    return this.#waiting.has(frame);
  }

  push(frame: Uint8Array): void {
    this.#queue.push(frame);
    this.#waiting.add(frame);
    this.#queuedBytes += frame.byteLength;
    this.#drain();
  }

  /** Forgets what is waiting (the session ended). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue = [];
    this.#waiting.clear();
    this.#queuedBytes = 0;
  }

  #drain(): void {
    if (this.#timer !== undefined) return;
    this.#refill();
    while (this.#queue.length > 0) {
      const next = this.#queue[0];
      if (next === undefined) break;
      // A frame larger than the burst goes once the allowance is full, so it never waits forever.
      const cost = Math.min(next.byteLength, this.#burstBytes);
      if (this.#bytesPerSecond > 0 && this.#allowance < cost) {
        const waitMs = ((cost - this.#allowance) / this.#bytesPerSecond) * 1000;
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.#drain();
        }, Math.ceil(waitMs));
        return;
      }
      this.#queue.shift();
      this.#waiting.delete(next);
      this.#queuedBytes -= next.byteLength;
      if (this.#bytesPerSecond > 0) this.#allowance -= cost;
      this.#send(next);
    }
  }

  #refill(): void {
    const now = performance.now();
    this.#allowance = Math.min(this.#burstBytes, this.#allowance + ((now - this.#refilledAt) / 1000) * this.#bytesPerSecond);
    this.#refilledAt = now;
  }
}
