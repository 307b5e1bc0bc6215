/**
 * Remembers (AccessKeyId, nonce) pairs so a captured request cannot be replayed. An entry only has to
 * outlive the timestamp window: once the request's own timestamp has left the window, the timestamp
 * check refuses a replay anyway. Memory is bounded by `capacity`; when full, the oldest entries go first.
 */
export class NonceCache {
  readonly #seen = new Map<string, number>();
  readonly #capacity: number;

  constructor(capacity = 100_000) {
    this.#capacity = capacity;
  }

  /** Returns false if the pair was already used and has not expired; otherwise records it. */
  claim(accessKeyId: string, nonce: string, expiresAt: number, now: number): boolean {
    this.#evict(now);
    const key = `${accessKeyId}\n${nonce}`;
    const previous = this.#seen.get(key);
    if (previous !== undefined && previous > now) return false;
    this.#seen.delete(key);
    this.#seen.set(key, expiresAt);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #evict(now: number): void {
    // Entries are inserted roughly in expiry order, so stop at the first live one; the capacity bound
    // covers any out-of-order stragglers.
    for (const [key, expiresAt] of this.#seen) {
      if (expiresAt > now && this.#seen.size < this.#capacity) break;
      this.#seen.delete(key);
    }
  }
}
