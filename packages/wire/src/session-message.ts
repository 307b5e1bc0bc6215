/**
 * Session Manager client-hop frames (BFF <-> gateway behind StartTerminalSession's WebSocketUrl).
 * References: protocols.md §1.4–1.6 (1.01, the CLI) and session-protocol-1.02.md §2–4 (1.02, the
 * official browser sample). One binary WebSocket frame carries exactly one message.
 *
 * Both versions share one 30-byte fixed header plus two length-prefixed ids; only bytes 18–29 differ
 * (session-protocol-1.02.md §2.1), all little-endian:
 *
 *   0 u32 type · 4 "1.01"|"1.02" · 8 u8 L1 · id1 (L1 bytes) · u8 L2 · id2 (L2 bytes) · u64 createdAt (ms)
 *   1.01: i64 sequence · u32 payloadLength
 *   1.02: u32 inputSeq · u32 outputSeq · u16 msgLength · u8 encoding · u8 reserved
 *   then the payload.
 *
 * Field mapping onto `SessionMessage`: id1 is `sessionId` (1.01 SessionId, 1.02 channelId); id2 is
 * `instanceId`; `sequence` is the 1.01 SequenceNumber or the 1.02 inputSeq; `outputSequence` is the
 * 1.02 outputSeq.
 *
 * Choices where the references leave room:
 * - Ids are written and read as UTF-8 with a byte-count prefix. The 1.02 sample counts characters,
 *   which is the same for the ASCII ids real sessions use (`s-…`, `i-…`).
 * - Only the exact labels "1.01" and "1.02" are accepted; the space/NUL padding the 1.01 reader trims
 *   only matters for labels shorter than 4 characters, and none exists. Anything else is `invalid`.
 * - A zero timestamp is `invalid`, as in the 1.01 reader's Validate; encoders refuse to write one.
 */
import { incomplete, invalid, ok, type Decoded } from './decoded.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';
import { readUint64, writeUint64 } from './uint64.ts';
import { requireInteger, WireRangeError } from './wire-range-error.ts';

/** Message types (1.02 names from the sample's enum; 1.01 knows 0, 1, 2, 3 and 5 only). */
export const SessionMessageType = {
  /** client -> server: keystrokes/paste; an empty Input is the 1.02 heartbeat. */
  input: 0,
  /** server -> client: terminal output. */
  output: 1,
  /** client -> server: terminal size (`encodeSetSize`). 1.02 calls it Resize. */
  setSize: 2,
  /** client -> server: end the channel (1.01 sends ASCII "1" in raw/port mode); never sent by the 1.02 sample. */
  close: 3,
  /** 1.02 only, client -> server, never sent by the sample; meaning [UNK]. Peers accept and ignore it. */
  open: 4,
  /** server -> client: code byte + data (`encodeStatus`). */
  status: 5,
  /** 1.02 only, both ways: empty payload, meaning carried by the header's sequences (`encodeSync`). */
  sync: 6,
} as const;
export type SessionMessageTypeName = keyof typeof SessionMessageType;

export type SessionSchemaVersion = '1.01' | '1.02';

export interface SessionMessage {
  /** A `SessionMessageType` value; other numbers decode as they are (callers ignore what they do not know). */
  type: number;
  schemaVersion: SessionSchemaVersion;
  /** 1.01 SessionId / 1.02 channelId (the first length-prefixed id; the CLI and the sample send ""). */
  sessionId: string;
  /** The second length-prefixed id (always "" from both official clients). */
  instanceId: string;
  /** Epoch milliseconds; never 0 (the 1.01 reader rejects 0). */
  createdAt: number;
  /** 1.01: the sender's one message counter (int64). 1.02: inputSeq (client: its input seq; server: cumulative input ack). */
  sequence: number;
  /** 1.02 outputSeq (Output frames are numbered 1, 2, 3…). Not carried by 1.01: leave it out or 0. Decoders set it for 1.02. */
  outputSequence?: number;
  /** 1.02 `encoding` byte; the sample always sends 0 and its meaning is [UNK]. Decoders set it only when non-zero. */
  encoding?: number;
  payload: Uint8Array;
}

export interface DecodeSessionOptions {
  /**
   * Which layout to read bytes 18–29 with. Default: the frame's own version label. A 1.02 client may
   * receive Output labelled with the agent's version ("1.01") but laid out as 1.02
   * (session-protocol-1.02.md §5.1 step 5 and §10 question 7: [UNK]); a relay speaking 1.02 passes
   * `'1.02'` so such frames keep their inputSeq/outputSeq split. `schemaVersion` still reports the label.
   */
  layout?: SessionSchemaVersion;
}

/** Bytes before the ids and after them: 4 type + 4 version + 1 + 1 id lengths + 20 fixed fields. */
export const SESSION_HEADER_BYTES = 30;
/** Largest 1.02 payload (msgLength is a uint16). */
export const SESSION_MAX_PAYLOAD_1_02 = 0xffff;
const MAX_U32 = 0xffffffff;
const VERSION_BYTES: Record<SessionSchemaVersion, readonly number[]> = {
  '1.01': [0x31, 0x2e, 0x30, 0x31],
  '1.02': [0x31, 0x2e, 0x30, 0x32],
};

export function encodeSessionMessage(m: SessionMessage): Uint8Array<ArrayBuffer> {
  requireInteger('type', m.type, 0, MAX_U32);
  requireInteger('createdAt', m.createdAt, 1, Number.MAX_SAFE_INTEGER);
  const id1 = utf8Encode(m.sessionId);
  const id2 = utf8Encode(m.instanceId);
  if (id1.length > 0xff) throw new WireRangeError('sessionId', 'longer than 255 UTF-8 bytes');
  if (id2.length > 0xff) throw new WireRangeError('instanceId', 'longer than 255 UTF-8 bytes');
  const is102 = m.schemaVersion === '1.02';
  if (is102) {
    requireInteger('sequence', m.sequence, 0, MAX_U32);
    requireInteger('outputSequence', m.outputSequence ?? 0, 0, MAX_U32);
    requireInteger('encoding', m.encoding ?? 0, 0, 0xff);
    requireInteger('payload.length', m.payload.length, 0, SESSION_MAX_PAYLOAD_1_02);
  } else {
    requireInteger('sequence', m.sequence, 0, Number.MAX_SAFE_INTEGER);
    if ((m.outputSequence ?? 0) !== 0) throw new WireRangeError('outputSequence', '1.01 has no output sequence');
    if ((m.encoding ?? 0) !== 0) throw new WireRangeError('encoding', '1.01 has no encoding byte');
    requireInteger('payload.length', m.payload.length, 0, MAX_U32);
  }

  const bytes = new Uint8Array(SESSION_HEADER_BYTES + id1.length + id2.length + m.payload.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, m.type, true);
  bytes.set(VERSION_BYTES[m.schemaVersion], 4);
  bytes[8] = id1.length;
  bytes.set(id1, 9);
  let at = 9 + id1.length;
  bytes[at] = id2.length;
  bytes.set(id2, at + 1);
  at += 1 + id2.length;
  writeUint64(view, at, m.createdAt);
  if (is102) {
    view.setUint32(at + 8, m.sequence, true);
    view.setUint32(at + 12, m.outputSequence ?? 0, true);
    view.setUint16(at + 16, m.payload.length, true);
    bytes[at + 18] = m.encoding ?? 0;
    bytes[at + 19] = 0; // reserved
  } else {
    writeUint64(view, at + 8, m.sequence);
    view.setUint32(at + 16, m.payload.length, true);
  }
  bytes.set(m.payload, at + 20);
  return bytes;
}

/**
 * Reads one message. The payload is `payloadLength`/`msgLength` bytes, a view into `frame` (no copy).
 * [UNK] Both official readers take "the rest of the frame" as the payload and do not trust the
 * length field, and the 1.02 sample's long-input bug sends frames whose msgLength is shorter than the
 * bytes that follow (session-protocol-1.02.md §7.1). We trust the length field: it is what a correct
 * writer sets, and it keeps the sample's stale trailing bytes out of the PTY; `size` shows any excess.
 */
export function decodeSessionMessage(frame: Uint8Array, options: DecodeSessionOptions = {}): Decoded<SessionMessage> {
  const schemaVersion = frame.length >= 8 ? readVersion(frame) : undefined;
  if (frame.length >= 8 && schemaVersion === undefined) return invalid('unsupported schema version (bytes 4–7)');
  if (frame.length < 9 || schemaVersion === undefined) return incomplete(SESSION_HEADER_BYTES);
  const len1 = frame[8] ?? 0;
  if (frame.length < 10 + len1) return incomplete(SESSION_HEADER_BYTES + len1);
  const len2 = frame[9 + len1] ?? 0;
  const headerBytes = SESSION_HEADER_BYTES + len1 + len2;
  if (frame.length < headerBytes) return incomplete(headerBytes);

  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const at = 10 + len1 + len2;
  const createdAt = readUint64(view, at);
  if (createdAt === undefined) return invalid('createdAt beyond 2^53 ms');
  if (createdAt === 0) return invalid('createdAt is 0 (the 1.01 reader rejects it)');

  const layout = options.layout ?? schemaVersion;
  let sequence: number;
  let outputSequence: number | undefined;
  let encoding = 0;
  let payloadLength: number;
  if (layout === '1.02') {
    sequence = view.getUint32(at + 8, true);
    outputSequence = view.getUint32(at + 12, true);
    payloadLength = view.getUint16(at + 16, true);
    encoding = frame[at + 18] ?? 0;
  } else {
    const seq = readUint64(view, at + 8);
    if (seq === undefined) return invalid('sequence is negative or beyond 2^53');
    sequence = seq;
    payloadLength = view.getUint32(at + 16, true);
  }
  const size = headerBytes + payloadLength;
  if (frame.length < size) return incomplete(size);

  const value: SessionMessage = {
    type: view.getUint32(0, true),
    schemaVersion,
    sessionId: utf8Decode(frame.subarray(9, 9 + len1)),
    instanceId: utf8Decode(frame.subarray(10 + len1, 10 + len1 + len2)),
    createdAt,
    sequence,
    payload: frame.subarray(headerBytes, size),
  };
  if (outputSequence !== undefined) value.outputSequence = outputSequence;
  if (encoding !== 0) value.encoding = encoding;
  return ok(value, size);
}

function readVersion(frame: Uint8Array): SessionSchemaVersion | undefined {
  for (const version of ['1.01', '1.02'] as const) {
    if (VERSION_BYTES[version].every((b, i) => frame[4 + i] === b)) return version;
  }
  return undefined;
}
