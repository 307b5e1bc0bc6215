// @porthole/wire: byte codecs shared by localcloud, the BFF and the browser. No DOM, no Node.
// Decoders never throw (they return a Decoded); encoders throw WireRangeError on values the format cannot carry.
export type { Decoded } from './decoded.ts';
export { WireRangeError } from './wire-range-error.ts';

// Session Manager client hop (1.01 and 1.02).
export {
  SessionMessageType,
  SESSION_HEADER_BYTES,
  SESSION_MAX_PAYLOAD_1_02,
  encodeSessionMessage,
  decodeSessionMessage,
  type SessionMessage,
  type SessionMessageTypeName,
  type SessionSchemaVersion,
  type DecodeSessionOptions,
} from './session-message.ts';
export { encodeSetSize, decodeSetSize, type SetSize, type SetSizeForm } from './session-set-size.ts';
export {
  SessionStatusCode,
  SessionClosedReason,
  SESSION_RESUMABLE_CLOSE_CODES,
  isResumableSessionClose,
  encodeStatus,
  decodeStatus,
  encodeStreamStatus,
  decodeStreamStatus,
  type SessionStatus,
} from './session-status.ts';
export { encodeSync, decodeSync, sessionHeartbeatIntervalMs, type SessionSync, type EncodeSyncOptions } from './session-sync.ts';
export { SESSION_INPUT_CHUNK_BYTES, splitSessionInput } from './session-input.ts';

// ECI exec.
export {
  K8sChannel,
  encodeK8sChannelFrame,
  decodeK8sChannelFrame,
  encodeK8sResize,
  decodeK8sResize,
  encodeK8sStatus,
  decodeK8sStatus,
  type K8sChannelFrame,
  type ExecExit,
} from './k8s-channel.ts';
export {
  encodeExecStdin,
  encodeExecResize,
  encodeExecOutput,
  encodeExecExit,
  encodeExecReady,
  decodeExecServerFrame,
  decodeExecClientFrame,
  guessExecFraming,
  type ExecFraming,
  type ExecServerEvent,
  type ExecClientEvent,
} from './exec-framing.ts';

// Porthole terminal protocol (browser <-> BFF).
export {
  TerminalFrameCode,
  TERMINAL_STATES,
  encodeTerminalFrame,
  decodeTerminalFrame,
  type TerminalFrame,
  type TerminalConnectionState,
} from './terminal-frame.ts';
export { PASTE_CHUNK_BYTES, splitPaste } from './paste.ts';
