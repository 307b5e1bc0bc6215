/**
 * Cuts backend output into Output payloads the way the agent does (protocols.md §1.6): shell output in
 * chunks of at most 1024 bytes that never split a UTF-8 character (an incomplete trailing sequence waits
 * for the next read), port-forwarding bytes in chunks of at most 2048, cut anywhere.
 */
export const SHELL_CHUNK_BYTES = 1024;
export const PORT_CHUNK_BYTES = 2048;

export class OutputChunker {
  readonly #max: number;
  readonly #keepCharacters: boolean;
  #held: Uint8Array = new Uint8Array(0);

  constructor(mode: 'shell' | 'port') {
    this.#max = mode === 'shell' ? SHELL_CHUNK_BYTES : PORT_CHUNK_BYTES;
    this.#keepCharacters = mode === 'shell';
  }

  push(data: Uint8Array): Uint8Array[] {
    let bytes = data;
    if (this.#held.length > 0) {
      bytes = new Uint8Array(this.#held.length + data.length);
      bytes.set(this.#held);
      bytes.set(data, this.#held.length);
    }
    const chunks: Uint8Array[] = [];
    let at = 0;
    while (bytes.length - at > this.#max) {
      const end = this.#keepCharacters ? characterBoundary(bytes, at + this.#max, at) : at + this.#max;
      chunks.push(bytes.slice(at, end));
      at = end;
    }
    const tail = this.#keepCharacters ? incompleteTail(bytes, at) : 0;
    if (bytes.length - tail > at) chunks.push(bytes.slice(at, bytes.length - tail));
    this.#held = bytes.slice(bytes.length - tail);
    return chunks;
  }

  /** What is still held back, for the end of the stream (invalid bytes pass through as they are). */
  flush(): Uint8Array[] {
    const held = this.#held;
    this.#held = new Uint8Array(0);
    return held.length > 0 ? [held] : [];
  }
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/** The last offset <= `limit` that does not fall inside a character (but always past `from`). */
function characterBoundary(bytes: Uint8Array, limit: number, from: number): number {
  let end = limit;
  while (end > from + 1 && isContinuation(bytes[end])) end--;
  return end;
}

/** How many bytes at the end form the start of a character whose remaining bytes have not arrived. */
function incompleteTail(bytes: Uint8Array, from: number): number {
  for (let back = 1; back <= 3 && bytes.length - back >= from; back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (isContinuation(byte)) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}
