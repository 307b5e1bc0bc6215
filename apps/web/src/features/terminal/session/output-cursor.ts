/** The part of an output chunk the screen has not seen yet. */
export interface AcceptedOutput {
  fresh: Uint8Array;
  /** Bytes missing between what was received and this chunk's start (0 unless the relay lost some). */
  gap: number;
}

/**
 * Counts output bytes received, so a reconnect can ask for `resumeFrom` and so replayed chunks that
 * overlap what the screen already has are trimmed: no byte is written twice, and a hole is reported.
 */
export class OutputCursor {
  #received = 0;

  /** Total output bytes received so far: the `resumeFrom` of the next connection. */
  get received(): number {
    return this.#received;
  }

  accept(offset: number, data: Uint8Array): AcceptedOutput {
    const end = offset + data.byteLength;
    if (end <= this.#received) return { fresh: data.subarray(0, 0), gap: 0 };
    const gap = Math.max(0, offset - this.#received);
    const fresh = offset >= this.#received ? data : data.subarray(this.#received - offset);
    this.#received = end;
    return { fresh, gap };
  }
}
