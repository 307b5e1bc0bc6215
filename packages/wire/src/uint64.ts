/**
 * Unsigned 64-bit little-endian fields as JS numbers. Every u64 in these protocols (epoch ms,
 * sequence numbers, byte offsets) stays far below 2^53, so a number is exact and a bigint would
 * only burden every caller; values past 2^53 - 1 read as undefined (the decoder's "invalid").
 */
const TWO_32 = 0x100000000;
const MAX_SAFE_HIGH = 0x1fffff;

/** The caller has checked that `value` is an integer in 0..2^53 - 1. */
export function writeUint64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % TWO_32, true);
  view.setUint32(at + 4, Math.floor(value / TWO_32), true);
}

/** Undefined past Number.MAX_SAFE_INTEGER, which also covers every negative int64. */
export function readUint64(view: DataView, at: number): number | undefined {
  const high = view.getUint32(at + 4, true);
  if (high > MAX_SAFE_HIGH) return undefined;
  return high * TWO_32 + view.getUint32(at, true);
}
