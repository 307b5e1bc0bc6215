/**
 * Cutting a large paste into terminal input frames. Each chunk becomes one `input` frame to the BFF
 * and then one Session Manager Input message (≤ 1024 bytes, session-protocol-1.02.md §5.2) or one
 * exec stdin frame, so the browser can show progress, honour cancel between chunks and be paced by
 * acks. Input to the gateway is not rate limited (only output is paced, protocols.md §1.9), so the
 * chunk size is set by the gateway's input message size, not by bandwidth.
 *
 * Cuts never fall inside a bracketed-paste marker (ESC[200~ / ESC[201~, which xterm.js wraps pastes
 * in when the application enabled mode 2004): a shell that sees half a marker would take the rest as
 * typed keys. Cuts also avoid splitting a UTF-8 character, which would be legal on the byte stream but
 * makes every chunk independently displayable (progress previews, recordings of input).
 */
import { utf8Encode } from './utf8.ts';
import { requireInteger } from './wire-range-error.ts';

export const PASTE_CHUNK_BYTES = 1024;

const ESC = 0x1b;
const PASTE_START = [ESC, 0x5b, 0x32, 0x30, 0x30, 0x7e]; // ESC [ 2 0 0 ~
const PASTE_END = [ESC, 0x5b, 0x32, 0x30, 0x31, 0x7e]; // ESC [ 2 0 1 ~
const MARKER_BYTES = PASTE_START.length;
/** A chunk must hold a whole marker and a whole UTF-8 character after any backing-off. */
const MIN_CHUNK_BYTES = MARKER_BYTES + 2;

/** Chunks of at most `chunkBytes`, concatenating back to the input. Views, no copies, for byte input. */
export function splitPaste(input: string | Uint8Array, chunkBytes: number = PASTE_CHUNK_BYTES): Uint8Array[] {
  requireInteger('chunkBytes', chunkBytes, MIN_CHUNK_BYTES, Number.MAX_SAFE_INTEGER);
  const bytes = typeof input === 'string' ? utf8Encode(input) : input;
  const chunks: Uint8Array[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + chunkBytes, bytes.length);
    if (end < bytes.length) end = characterBoundary(bytes, start, markerBoundary(bytes, start, end));
    chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}

/** `end`, or the start of a marker that `end` would cut through. */
function markerBoundary(bytes: Uint8Array, start: number, end: number): number {
  for (let p = Math.max(start + 1, end - MARKER_BYTES + 1); p < end; p += 1) {
    if (bytes[p] === ESC && (startsWith(bytes, p, PASTE_START) || startsWith(bytes, p, PASTE_END))) return p;
  }
  return end;
}

/** `end` moved back to the start of the UTF-8 character it falls in; unchanged for invalid UTF-8. */
function characterBoundary(bytes: Uint8Array, start: number, end: number): number {
  let at = end;
  for (let steps = 0; steps < 3 && at > start && isContinuation(bytes[at]); steps += 1) at -= 1;
  return at > start && !isContinuation(bytes[at]) ? at : end;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

function startsWith(bytes: Uint8Array, at: number, marker: readonly number[]): boolean {
  return marker.every((b, i) => bytes[at + i] === b);
}
