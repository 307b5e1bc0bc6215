/**
 * Set-size (type 2, 1.02 "Resize") payloads. Two forms exist on the client hop (protocols.md §1.6,
 * session-protocol-1.02.md §3):
 * - binary, what the current CLI and the 1.02 sample send: rows int16 LE, then cols int16 LE;
 * - JSON, the older CLI's and the agent hop's: `{"cols":C,"rows":R}`.
 * Recommended: send binary; accept both (exactly 4 bytes is binary, else a payload starting with `{` is JSON;
 * the reference states the two tests the other way round, which misreads rows = 123 as JSON).
 */
import { utf8Decode, utf8Encode } from './utf8.ts';
import { requireInteger } from './wire-range-error.ts';

export type SetSizeForm = 'binary' | 'json';

export interface SetSize {
  cols: number;
  rows: number;
  form: SetSizeForm;
}

const MAX_INT16 = 0x7fff;
// The agent hop reads JSON sizes as uint32, the old CLI wrote uint16; uint16 bounds cover both.
const MAX_JSON_SIZE = 0xffff;

export function encodeSetSize(cols: number, rows: number, form: SetSizeForm): Uint8Array<ArrayBuffer> {
  if (form === 'json') {
    requireInteger('cols', cols, 0, MAX_JSON_SIZE);
    requireInteger('rows', rows, 0, MAX_JSON_SIZE);
    return utf8Encode(JSON.stringify({ cols, rows }));
  }
  requireInteger('cols', cols, 0, MAX_INT16);
  requireInteger('rows', rows, 0, MAX_INT16);
  const bytes = new Uint8Array(4);
  const view = new DataView(bytes.buffer);
  view.setInt16(0, rows, true);
  view.setInt16(2, cols, true);
  return bytes;
}

/** The size in either form, or undefined when the payload is neither (or negative, or not integers). */
export function decodeSetSize(payload: Uint8Array): SetSize | undefined {
  // Length first: binary rows with a low byte of 0x7b (123, 379, …) start with `{` too, and no JSON
  // object holding both keys fits in 4 bytes.
  if (payload.length !== 4) return payload[0] === 0x7b /* { */ ? decodeJsonSize(payload) : undefined;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const rows = view.getInt16(0, true);
  const cols = view.getInt16(2, true);
  if (rows < 0 || cols < 0) return undefined;
  return { cols, rows, form: 'binary' };
}

function decodeJsonSize(payload: Uint8Array): SetSize | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8Decode(payload));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  // Go's encoding/json (the agent) matches keys case-insensitively; so do we.
  let cols: unknown;
  let rows: unknown;
  for (const [key, value] of Object.entries(parsed)) {
    const lower = key.toLowerCase();
    if (lower === 'cols') cols = value;
    else if (lower === 'rows') rows = value;
  }
  if (!isSize(cols) || !isSize(rows)) return undefined;
  return { cols, rows, form: 'json' };
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_JSON_SIZE;
}
