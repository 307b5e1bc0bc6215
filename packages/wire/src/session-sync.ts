/**
 * 1.02 Sync (type 6): an empty payload; the meaning is in the header (session-protocol-1.02.md §4, §6).
 * - client -> server, sent on every re-attached socket (URL + `&channelId=`) and on an output gap:
 *   inputSeq = the last input seq it sent, outputSeq = the last in-order Output it has; "resend Output
 *   after outputSeq".
 * - server -> client: inputSeq = the first input it is missing (last received + 1); "resend queued Input
 *   and Resize from inputSeq on". The client does not read outputSeq there.
 * There is no separate ack message: Output frames carry the cumulative input ack in inputSeq.
 */
import { encodeSessionMessage, SessionMessageType, type SessionMessage } from './session-message.ts';

export interface SessionSync {
  /** The 1.02 channelId (empty before the client has learnt it). */
  channelId: string;
  inputSeq: number;
  outputSeq: number;
}

export interface EncodeSyncOptions extends SessionSync {
  /** Epoch ms; the caller's clock (this package reads none). */
  createdAt: number;
  instanceId?: string;
}

/** A complete 1.02 Sync frame. */
export function encodeSync(sync: EncodeSyncOptions): Uint8Array<ArrayBuffer> {
  return encodeSessionMessage({
    type: SessionMessageType.sync,
    schemaVersion: '1.02',
    sessionId: sync.channelId,
    instanceId: sync.instanceId ?? '',
    createdAt: sync.createdAt,
    sequence: sync.inputSeq,
    outputSequence: sync.outputSeq,
    payload: new Uint8Array(0),
  });
}

/** The Sync fields of a decoded message, or undefined if it is not a 1.02 Sync. */
export function decodeSync(message: SessionMessage): SessionSync | undefined {
  if (message.type !== SessionMessageType.sync || message.outputSequence === undefined) return undefined;
  return { channelId: message.sessionId, inputSeq: message.sequence, outputSeq: message.outputSequence };
}

/**
 * How often a 1.02 client sends its heartbeat (an empty Input), from the agent version it read in the
 * first Output's version field: the sample's rule, a string comparison (session-protocol-1.02.md §5.4).
 */
export function sessionHeartbeatIntervalMs(agentVersion: string): number {
  return agentVersion > '1.01' ? 300_000 : 50_000;
}
