/**
 * Status (type 5) payloads: byte 0 is a channel state, the rest is data (session-protocol-1.02.md §3,
 * protocols.md §1.6). Never send an empty status payload: the 1.01 CLI reads byte 0 unchecked.
 */
import { utf8Decode, utf8Encode } from './utf8.ts';
import { requireInteger } from './wire-range-error.ts';

/** Status codes (1.02 `ChannelState` names). */
export const SessionStatusCode = {
  initial: 0,
  opening: 1,
  /** text reason; the client ends the session. */
  aborted: 2,
  /** the channel is usable (also after a 1.02 re-attach); text optional. */
  opened: 3,
  closing: 4,
  /** ASCII reason code from `SessionClosedReason` (or any other text); the client ends the session. */
  closed: 5,
  exited: 6,
  /** bandwidth in bits/s, big-endian (`encodeStreamStatus`). */
  stream: 7,
  /** the gateway is about to restart: expect close 1012, then re-attach (1.02). */
  frozen: 8,
} as const;

/**
 * Reasons after Closed (5) that the CLI knows (protocols.md §1.6). Other texts are possible (newer
 * agents report `IdleTimeout`, `SessionTimeout`, …; whether they reach the client is [UNK]).
 */
export const SessionClosedReason = {
  exit: 'Exit',
  agentTimeout: 'AgentTimeout',
  initChannelFailed: 'InitChannelFailed',
  openChannelFailed: 'OpenChannelFailed',
  sessionIdDuplicated: 'SessionIdDuplicated',
  processDataError: 'ProcessDataError',
  openPtyFailed: 'OpenPtyFailed',
  flowExceedLimit: 'FlowExceedLimit',
} as const;

/**
 * WebSocket close codes after which a 1.02 client re-attaches with `&channelId=` (session-protocol-1.02.md
 * §5.6): 1005 (close frame without a code) and 1012 (service restart); 1023 defensively, as the sample's
 * comment names it although RFC 6455 reserves it. 1006 (network drop) is not resumed by the sample; whether
 * the gateway would accept a re-attach after it is [UNK].
 */
export const SESSION_RESUMABLE_CLOSE_CODES: readonly number[] = [1005, 1012, 1023];

export function isResumableSessionClose(code: number): boolean {
  return SESSION_RESUMABLE_CLOSE_CODES.includes(code);
}

export interface SessionStatus {
  code: number;
  /** Bytes 1… as UTF-8 (lenient). For Stream (7) use `decodeStreamStatus` instead. */
  text: string;
}

export function encodeStatus(code: number, text: string): Uint8Array<ArrayBuffer> {
  requireInteger('code', code, 0, 0xff);
  const data = utf8Encode(text);
  const bytes = new Uint8Array(1 + data.length);
  bytes[0] = code;
  bytes.set(data, 1);
  return bytes;
}

/** Undefined for an empty payload (there is no code byte). */
export function decodeStatus(payload: Uint8Array): SessionStatus | undefined {
  const code = payload[0];
  if (code === undefined) return undefined;
  return { code, text: utf8Decode(payload.subarray(1)) };
}

/** Stream (7) with the bandwidth as 4 big-endian bytes, as in the reference's test vector. */
export function encodeStreamStatus(bitsPerSecond: number): Uint8Array<ArrayBuffer> {
  requireInteger('bitsPerSecond', bitsPerSecond, 0, 0xffffffff);
  const bytes = new Uint8Array(5);
  bytes[0] = SessionStatusCode.stream;
  new DataView(bytes.buffer).setUint32(1, bitsPerSecond, false);
  return bytes;
}

/**
 * Bits per second from a Stream status, or undefined when the payload is not one. The CLI accepts
 * 1 to 4 value bytes (big-endian, shorter values zero-extended); we do the same. 0 is returned as
 * 0: the CLI ignores it, and so should a caller.
 */
export function decodeStreamStatus(payload: Uint8Array): number | undefined {
  if (payload[0] !== SessionStatusCode.stream) return undefined;
  const value = payload.subarray(1);
  if (value.length < 1 || value.length > 4) return undefined;
  let bps = 0;
  for (const byte of value) bps = bps * 256 + byte;
  return bps;
}
