/**
 * What every decoder in this package returns. Decoders never throw: bytes from the network are
 * untrusted, and a relay must be able to log and drop a bad frame without a try/catch.
 *
 * - `ok`: `value` was read from the first `size` bytes (fixed-layout frames may carry trailing bytes
 *   that a newer peer appended; `size < frame.length` shows them).
 * - `incomplete`: the frame is cut short; `needed` is the smallest total length (in bytes) that
 *   could hold it, as far as the bytes seen so far tell.
 * - `invalid`: the bytes can never form a valid frame; `reason` says why, in words (for logs).
 */
export type Decoded<T> =
  | { kind: 'ok'; value: T; size: number }
  | { kind: 'incomplete'; needed: number }
  | { kind: 'invalid'; reason: string };

export function ok<T>(value: T, size: number): Decoded<T> {
  return { kind: 'ok', value, size };
}

export function incomplete<T>(needed: number): Decoded<T> {
  return { kind: 'incomplete', needed };
}

export function invalid<T>(reason: string): Decoded<T> {
  return { kind: 'invalid', reason };
}
