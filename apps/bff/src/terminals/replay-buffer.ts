/**
 * The last `capacity` bytes of a terminal's output, addressed by absolute offset (bytes since the
 * session began), so that a browser that reconnects with `resumeFrom=N` gets exactly the bytes after
 * N. Flow control keeps the unacknowledged tail far below the capacity, so what is dropped from the
 * front has always been rendered by the browser already.
 */
export class ReplayBuffer {
  readonly #capacity: number;
  readonly #chunks: Uint8Array[] = [];
  // Absolute offset of the first byte of #chunks[0].
  #start = 0;
  #end = 0;
  #held = 0;

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity <= 0) throw new RangeError(`replay capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  /** Absolute offset of the oldest byte still held. */
  get start(): number {
    return this.#start;
  }

  /** Total bytes ever appended: the offset of the next byte. */
  get end(): number {
    return this.#end;
  }

  /** Bytes held now, never more than the capacity (plus nothing: a chunk larger than it is cut). */
  get heldBytes(): number {
    return this.#held;
  }

  append(bytes: Uint8Array): void {
    if (bytes.byteLength === 0) return;
    // A copy: the caller's buffer may be a view on a pooled socket buffer that is reused.
    this.#chunks.push(bytes.slice());
    this.#end += bytes.byteLength;
    this.#held += bytes.byteLength;
    while (this.#held > this.#capacity) {
      const first = this.#chunks[0];
      if (first === undefined) break;
      const excess = this.#held - this.#capacity;
      if (first.byteLength <= excess) {
        this.#chunks.shift();
        this.#start += first.byteLength;
        this.#held -= first.byteLength;
      } else {
        this.#chunks[0] = first.subarray(excess);
        this.#start += excess;
        this.#held -= excess;
      }
    }
  }

  /** The bytes after `offset`, in chunks; undefined when they are no longer (or not yet) known. */
  since(offset: number): Uint8Array[] | undefined {
    if (!Number.isSafeInteger(offset) || offset < this.#start || offset > this.#end) return undefined;
    const out: Uint8Array[] = [];
    let position = this.#start;
    for (const chunk of this.#chunks) {
      const chunkEnd = position + chunk.byteLength;
      if (chunkEnd > offset) out.push(offset > position ? chunk.subarray(offset - position) : chunk);
      position = chunkEnd;
    }
    return out;
  }
}
