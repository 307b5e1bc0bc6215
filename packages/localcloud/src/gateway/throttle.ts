/** Below this many buckets, pruning is not worth a pass over the map. */
const PRUNE_AT = 1024;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per (AccessKeyId, Action), as the cloud limits each caller per API. Buckets that have
 * refilled completely carry no information and are dropped, which bounds memory by the active callers.
 */
export class TokenBucketThrottle {
  readonly #buckets = new Map<string, Bucket>();

  /** Takes one token; returns 0 if allowed, otherwise the milliseconds until a token is available. */
  take(accessKeyId: string, action: string, perSecond: number, burst: number, now: number): number {
    if (perSecond <= 0) return 0;
    const capacity = Math.max(1, burst);
    if (this.#buckets.size >= PRUNE_AT) this.#prune(perSecond, capacity, now);
    const key = `${accessKeyId}\n${action}`;
    const bucket = this.#buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
    bucket.updatedAt = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / perSecond) * 1000);
  }

  get size(): number {
    return this.#buckets.size;
  }

  #prune(perSecond: number, capacity: number, now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond >= capacity) this.#buckets.delete(key);
    }
  }
}
