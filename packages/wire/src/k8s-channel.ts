/**
 * ECI exec under hypothesis A of protocols.md §2.2 ([UNK] which one the real service uses): the
 * Kubernetes `channel.k8s.io` binary framing (no subprotocol offered = binary channels). One message
 * per WebSocket frame; byte 0 = channel, the rest = data. Rules from kubernetes wsstream/conn.go and
 * kubelet remotecommand/{websocket,httpstream,exec}.go as summarised in the reference.
 */
import { incomplete, ok, type Decoded } from './decoded.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';
import { requireInteger } from './wire-range-error.ts';

export const K8sChannel = {
  /** client -> server */
  stdin: 0,
  /** server -> client; an empty stdout frame ([0x01]) at open means "ready". */
  stdout: 1,
  /** server -> client; absent with a TTY. */
  stderr: 2,
  /** server -> client: a v4 JSON metav1.Status at exit (plain text before v4), then the socket closes. */
  error: 3,
  /** client -> server: JSON {"Width":cols,"Height":rows}. */
  resize: 4,
} as const;

export interface K8sChannelFrame {
  /** 0–4 are defined (`K8sChannel`); other values decode as they are, for the caller to ignore. */
  channel: number;
  /** A view into the frame (no copy). */
  data: Uint8Array;
}

/** How a command ended, from channel 3. */
export interface ExecExit {
  /** 0 on Success; the exit code on NonZeroExitCode; null when the command failed otherwise (not started, …). */
  exitCode: number | null;
  /** The status message ("" on success). Text from the container side: display it, never interpret it. */
  message: string;
}

export function encodeK8sChannelFrame(channel: number, data: Uint8Array): Uint8Array<ArrayBuffer> {
  requireInteger('channel', channel, 0, 0xff);
  const bytes = new Uint8Array(1 + data.length);
  bytes[0] = channel;
  bytes.set(data, 1);
  return bytes;
}

/** Any non-empty frame is a channel frame; an empty one has no channel byte yet. */
export function decodeK8sChannelFrame(frame: Uint8Array): Decoded<K8sChannelFrame> {
  const channel = frame[0];
  if (channel === undefined) return incomplete(1);
  return ok({ channel, data: frame.subarray(1) }, frame.length);
}

/** A complete channel-4 frame. */
export function encodeK8sResize(cols: number, rows: number): Uint8Array<ArrayBuffer> {
  requireInteger('cols', cols, 0, 0xffff);
  requireInteger('rows', rows, 0, 0xffff);
  return encodeK8sChannelFrame(K8sChannel.resize, utf8Encode(JSON.stringify({ Width: cols, Height: rows })));
}

/**
 * The size in a channel-4 payload, or undefined. Keys match case-insensitively, as Go's decoder does.
 * Kubernetes also accepts several JSON objects in one stream; we read one object per frame, which is
 * what every client sends.
 */
export function decodeK8sResize(data: Uint8Array): { cols: number; rows: number } | undefined {
  const object = parseJsonObject(data);
  if (object === undefined) return undefined;
  let cols: unknown;
  let rows: unknown;
  for (const [key, value] of Object.entries(object)) {
    const lower = key.toLowerCase();
    if (lower === 'width') cols = value;
    else if (lower === 'height') rows = value;
  }
  if (!isUint16(cols) || !isUint16(rows)) return undefined;
  return { cols, rows };
}

/**
 * A complete channel-3 frame with the v4 status JSON, in the field order Go's json.Marshal gives
 * metav1.Status. For a non-zero exit the kubelet's message also names the command; ours does not.
 */
export function encodeK8sStatus(exit: ExecExit): Uint8Array<ArrayBuffer> {
  let status: object;
  if (exit.exitCode === 0) {
    status = { metadata: {}, status: 'Success' };
  } else if (exit.exitCode !== null) {
    requireInteger('exitCode', exit.exitCode, 1, 0xffffffff);
    status = {
      metadata: {},
      status: 'Failure',
      message: exit.message || `command terminated with non-zero exit code: exit code ${exit.exitCode}`,
      reason: 'NonZeroExitCode',
      details: { causes: [{ reason: 'ExitCode', message: String(exit.exitCode) }] },
    };
  } else {
    status = { metadata: {}, status: 'Failure', message: exit.message, reason: 'InternalError', code: 500 };
  }
  return encodeK8sChannelFrame(K8sChannel.error, utf8Encode(JSON.stringify(status)));
}

/**
 * The exit from a channel-3 payload: v4 JSON status, or (pre-v4) plain error text, which means a
 * failure without an exit code. Undefined for an empty payload.
 */
export function decodeK8sStatus(data: Uint8Array): ExecExit | undefined {
  if (data.length === 0) return undefined;
  const object = parseJsonObject(data);
  if (object === undefined || typeof object['status'] !== 'string') return { exitCode: null, message: utf8Decode(data) };
  const message = typeof object['message'] === 'string' ? object['message'] : '';
  if (object['status'] === 'Success') return { exitCode: 0, message };
  return { exitCode: object['reason'] === 'NonZeroExitCode' ? exitCodeCause(object['details']) : null, message };
}

function exitCodeCause(details: unknown): number | null {
  if (typeof details !== 'object' || details === null) return null;
  const causes: unknown = (details as Record<string, unknown>)['causes'];
  if (!Array.isArray(causes)) return null;
  for (const cause of causes as unknown[]) {
    if (typeof cause !== 'object' || cause === null) continue;
    const { reason, message } = cause as Record<string, unknown>;
    if (reason === 'ExitCode' && typeof message === 'string' && /^\d{1,10}$/.test(message)) return Number(message);
  }
  return null;
}

function parseJsonObject(data: Uint8Array): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8Decode(data));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  return parsed as Record<string, unknown>;
}

function isUint16(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff;
}
