/**
 * ECI exec through one interface for both framings, so the simulator and the BFF adapter do not
 * branch on framing everywhere. Which framing the real service uses is [UNK] (protocols.md §2.2):
 * - 'k8s': Kubernetes binary channels (k8s-channel.ts), the reference's default;
 * - 'raw': each frame is terminal bytes, nothing else. Raw has no resize and no exit status: as the
 *   reference suggests, resize is dropped and the exit is the socket closing. stderr is merged into
 *   the one byte stream.
 */
import { ok, type Decoded } from './decoded.ts';
import {
  decodeK8sChannelFrame,
  decodeK8sResize,
  decodeK8sStatus,
  encodeK8sChannelFrame,
  encodeK8sResize,
  encodeK8sStatus,
  K8sChannel,
  type ExecExit,
} from './k8s-channel.ts';

export type ExecFraming = 'k8s' | 'raw';

/** What the exec server sends, decoded. */
export type ExecServerEvent =
  | { type: 'stdout' | 'stderr'; data: Uint8Array }
  | { type: 'exit'; exit: ExecExit }
  | { type: 'unknown'; channel: number; data: Uint8Array };

/** What the exec client sends, decoded. */
export type ExecClientEvent =
  | { type: 'stdin'; data: Uint8Array }
  | { type: 'resize'; cols: number; rows: number }
  | { type: 'unknown'; channel: number; data: Uint8Array };

export function encodeExecStdin(framing: ExecFraming, data: Uint8Array): Uint8Array<ArrayBuffer> {
  return framing === 'k8s' ? encodeK8sChannelFrame(K8sChannel.stdin, data) : data.slice();
}

/** The resize frame, or undefined when the framing has none (raw). */
export function encodeExecResize(framing: ExecFraming, cols: number, rows: number): Uint8Array<ArrayBuffer> | undefined {
  return framing === 'k8s' ? encodeK8sResize(cols, rows) : undefined;
}

export function encodeExecOutput(framing: ExecFraming, stream: 'stdout' | 'stderr', data: Uint8Array): Uint8Array<ArrayBuffer> {
  if (framing === 'raw') return data.slice();
  return encodeK8sChannelFrame(stream === 'stdout' ? K8sChannel.stdout : K8sChannel.stderr, data);
}

/** The exit frame, or undefined when the framing has none (raw: close the socket). */
export function encodeExecExit(framing: ExecFraming, exit: ExecExit): Uint8Array<ArrayBuffer> | undefined {
  return framing === 'k8s' ? encodeK8sStatus(exit) : undefined;
}

/** The frame a k8s exec server sends when it is ready: an empty stdout frame. Raw sends nothing. */
export function encodeExecReady(framing: ExecFraming): Uint8Array<ArrayBuffer> | undefined {
  return framing === 'k8s' ? encodeK8sChannelFrame(K8sChannel.stdout, new Uint8Array(0)) : undefined;
}

export function decodeExecServerFrame(framing: ExecFraming, frame: Uint8Array): Decoded<ExecServerEvent> {
  if (framing === 'raw') return ok({ type: 'stdout', data: frame }, frame.length);
  const decoded = decodeK8sChannelFrame(frame);
  if (decoded.kind !== 'ok') return decoded;
  const { channel, data } = decoded.value;
  if (channel === K8sChannel.stdout) return ok({ type: 'stdout', data }, frame.length);
  if (channel === K8sChannel.stderr) return ok({ type: 'stderr', data }, frame.length);
  if (channel === K8sChannel.error) {
    const exit = decodeK8sStatus(data);
    if (exit !== undefined) return ok({ type: 'exit', exit }, frame.length);
  }
  return ok({ type: 'unknown', channel, data }, frame.length);
}

/** A resize whose JSON cannot be read comes back as `unknown` on channel 4, for the server to ignore. */
export function decodeExecClientFrame(framing: ExecFraming, frame: Uint8Array): Decoded<ExecClientEvent> {
  if (framing === 'raw') return ok({ type: 'stdin', data: frame }, frame.length);
  const decoded = decodeK8sChannelFrame(frame);
  if (decoded.kind !== 'ok') return decoded;
  const { channel, data } = decoded.value;
  if (channel === K8sChannel.stdin) return ok({ type: 'stdin', data }, frame.length);
  if (channel === K8sChannel.resize) {
    const size = decodeK8sResize(data);
    if (size !== undefined) return ok({ type: 'resize', ...size }, frame.length);
  }
  return ok({ type: 'unknown', channel, data }, frame.length);
}

/**
 * The reference's probe (protocols.md §2.3) on the first frame the server sends: a first byte of
 * 0x01–0x03 (stdout, stderr, error channel; the k8s ready frame is exactly [0x01]) means channel
 * framing; anything else, including an empty frame, which k8s never sends, means raw. Terminal output
 * does not start with the control bytes 0x01–0x03 in practice.
 */
export function guessExecFraming(firstServerFrame: Uint8Array): ExecFraming {
  const first = firstServerFrame[0];
  return first !== undefined && first >= 0x01 && first <= 0x03 ? 'k8s' : 'raw';
}
