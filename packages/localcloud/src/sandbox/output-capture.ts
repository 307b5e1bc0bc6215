/** Keeps the first `limit` bytes of a stream and counts the rest, as the agent caps Output and reports Dropped. */
export class OutputCapture {
  readonly #limit: number;
  readonly #chunks: Uint8Array[] = [];
  #kept = 0;
  #dropped = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  write(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    const room = this.#limit - this.#kept;
    const keep = Math.max(0, Math.min(room, bytes.length));
    if (keep > 0) {
      this.#chunks.push(bytes.slice(0, keep));
      this.#kept += keep;
    }
    this.#dropped += bytes.length - keep;
  }

  get dropped(): number {
    return this.#dropped;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.#kept);
    let at = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
