/**
 * Porthole's own terminal protocol between the browser and the BFF: one message per binary WebSocket
 * frame, byte 0 = type, little-endian fields after it. Fixed-layout frames may grow new fields at
 * the end: decoders read what they know and report it in `size`, so an older peer keeps working.
 *
 *   0 input   data…                              browser -> BFF (keystrokes, paste chunks)
 *   1 output  u64 offset · data…                 BFF -> browser; offset = output bytes before this chunk
 *   2 resize  u16 cols · u16 rows                browser -> BFF
 *   3 ack     u64 rendered                       browser -> BFF: output bytes xterm has rendered in total
 *   4 ping    u32 id · f64 sentAt                both ways
 *   5 pong    u32 id · f64 sentAt · u8 hasRtt · f64 upstreamRttMs (0 when hasRtt = 0)
 *   6 state   u8 state · reason (UTF-8)…         BFF -> browser
 *   other codes decode to { type:'unknown' } so a newer peer's frames can be skipped.
 *
 * u64 values are integers up to 2^53 - 1 (a JS number), written as two u32 halves.
 */
import { incomplete, invalid, ok, type Decoded } from './decoded.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';
import { readUint64, writeUint64 } from './uint64.ts';
import { requireInteger, WireRangeError } from './wire-range-error.ts';

export const TERMINAL_STATES = ['connecting', 'connected', 'reconnecting', 'resumed', 'ended'] as const;
export type TerminalConnectionState = (typeof TERMINAL_STATES)[number];

export type TerminalFrame =
  | { type: 'input'; data: Uint8Array }
  | { type: 'resize'; cols: number; rows: number }
  | { type: 'ack'; rendered: number }
  | { type: 'ping'; id: number; sentAt: number }
  | { type: 'pong'; id: number; sentAt: number; upstreamRttMs: number | null }
  | { type: 'output'; offset: number; data: Uint8Array }
  | { type: 'state'; state: TerminalConnectionState; reason: string }
  | { type: 'unknown'; code: number; bytes: Uint8Array };

/** Type byte of each frame. */
export const TerminalFrameCode = {
  input: 0,
  output: 1,
  resize: 2,
  ack: 3,
  ping: 4,
  pong: 5,
  state: 6,
} as const;

const KNOWN_CODES: ReadonlySet<number> = new Set(Object.values(TerminalFrameCode));
const FIXED_SIZE = { resize: 5, ack: 9, ping: 13, pong: 22 } as const;

export function encodeTerminalFrame(f: TerminalFrame): Uint8Array<ArrayBuffer> {
  switch (f.type) {
    case 'input':
      return withHeader(TerminalFrameCode.input, 0, f.data);
    case 'output': {
      const bytes = withHeader(TerminalFrameCode.output, 8, f.data);
      writeOffset(bytes, 1, 'offset', f.offset);
      return bytes;
    }
    case 'resize': {
      requireInteger('cols', f.cols, 0, 0xffff);
      requireInteger('rows', f.rows, 0, 0xffff);
      const bytes = new Uint8Array(FIXED_SIZE.resize);
      const view = viewOf(bytes);
      bytes[0] = TerminalFrameCode.resize;
      view.setUint16(1, f.cols, true);
      view.setUint16(3, f.rows, true);
      return bytes;
    }
    case 'ack': {
      const bytes = new Uint8Array(FIXED_SIZE.ack);
      bytes[0] = TerminalFrameCode.ack;
      writeOffset(bytes, 1, 'rendered', f.rendered);
      return bytes;
    }
    case 'ping':
    case 'pong': {
      requireInteger('id', f.id, 0, 0xffffffff);
      requireFinite('sentAt', f.sentAt);
      const isPong = f.type === 'pong';
      const bytes = new Uint8Array(isPong ? FIXED_SIZE.pong : FIXED_SIZE.ping);
      const view = viewOf(bytes);
      bytes[0] = isPong ? TerminalFrameCode.pong : TerminalFrameCode.ping;
      view.setUint32(1, f.id, true);
      view.setFloat64(5, f.sentAt, true);
      if (isPong && f.upstreamRttMs !== null) {
        requireFinite('upstreamRttMs', f.upstreamRttMs);
        bytes[13] = 1;
        view.setFloat64(14, f.upstreamRttMs, true);
      }
      return bytes;
    }
    case 'state': {
      const code = TERMINAL_STATES.indexOf(f.state);
      if (code < 0) throw new WireRangeError('state', `unknown state ${String(f.state)}`);
      const bytes = withHeader(TerminalFrameCode.state, 1, utf8Encode(f.reason));
      bytes[1] = code;
      return bytes;
    }
    case 'unknown':
      requireInteger('code', f.code, 0, 0xff);
      if (KNOWN_CODES.has(f.code)) throw new WireRangeError('code', `${f.code} is a known frame type`);
      return withHeader(f.code, 0, f.bytes);
  }
}

/** Never throws. Data fields are views into `bytes` (no copy). */
export function decodeTerminalFrame(bytes: Uint8Array): Decoded<TerminalFrame> {
  const code = bytes[0];
  if (code === undefined) return incomplete(1);
  const view = viewOf(bytes);
  switch (code) {
    case TerminalFrameCode.input:
      return ok({ type: 'input', data: bytes.subarray(1) }, bytes.length);
    case TerminalFrameCode.output: {
      if (bytes.length < 9) return incomplete(9);
      const offset = readUint64(view, 1);
      if (offset === undefined) return invalid('output offset beyond 2^53');
      return ok({ type: 'output', offset, data: bytes.subarray(9) }, bytes.length);
    }
    case TerminalFrameCode.resize:
      if (bytes.length < FIXED_SIZE.resize) return incomplete(FIXED_SIZE.resize);
      return ok({ type: 'resize', cols: view.getUint16(1, true), rows: view.getUint16(3, true) }, FIXED_SIZE.resize);
    case TerminalFrameCode.ack: {
      if (bytes.length < FIXED_SIZE.ack) return incomplete(FIXED_SIZE.ack);
      const rendered = readUint64(view, 1);
      if (rendered === undefined) return invalid('ack beyond 2^53');
      return ok({ type: 'ack', rendered }, FIXED_SIZE.ack);
    }
    case TerminalFrameCode.ping:
    case TerminalFrameCode.pong:
      return decodePingPong(code === TerminalFrameCode.pong, bytes, view);
    case TerminalFrameCode.state: {
      if (bytes.length < 2) return incomplete(2);
      const state = TERMINAL_STATES[bytes[1] ?? 0xff];
      if (state === undefined) return invalid(`unknown state code ${bytes[1]}`);
      return ok({ type: 'state', state, reason: utf8Decode(bytes.subarray(2)) }, bytes.length);
    }
    default:
      return ok({ type: 'unknown', code, bytes: bytes.subarray(1) }, bytes.length);
  }
}

function decodePingPong(isPong: boolean, bytes: Uint8Array, view: DataView): Decoded<TerminalFrame> {
  const size = isPong ? FIXED_SIZE.pong : FIXED_SIZE.ping;
  if (bytes.length < size) return incomplete(size);
  const id = view.getUint32(1, true);
  const sentAt = view.getFloat64(5, true);
  if (!Number.isFinite(sentAt)) return invalid('sentAt is not a finite number');
  if (!isPong) return ok({ type: 'ping', id, sentAt }, size);
  const hasRtt = bytes[13];
  if (hasRtt !== 0 && hasRtt !== 1) return invalid('pong rtt flag is neither 0 nor 1');
  const rtt = view.getFloat64(14, true);
  if (!Number.isFinite(rtt)) return invalid('upstreamRttMs is not a finite number');
  return ok({ type: 'pong', id, sentAt, upstreamRttMs: hasRtt === 1 ? rtt : null }, size);
}

function withHeader(code: number, fieldBytes: number, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(1 + fieldBytes + data.length);
  bytes[0] = code;
  bytes.set(data, 1 + fieldBytes);
  return bytes;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function requireFinite(field: string, value: number): void {
  if (!Number.isFinite(value)) throw new WireRangeError(field, `must be a finite number, got ${value}`);
}

function writeOffset(bytes: Uint8Array, at: number, field: string, value: number): void {
  requireInteger(field, value, 0, Number.MAX_SAFE_INTEGER);
  writeUint64(viewOf(bytes), at, value);
}
