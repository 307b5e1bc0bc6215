/**
 * Splitting client input for the Session Manager: at most 1024 bytes per Input message, each with its
 * own sequence number (session-protocol-1.02.md §3, §5.2, §7.1). The cut is on bytes; the PTY
 * reassembles a UTF-8 character split across two messages.
 */
import { requireInteger } from './wire-range-error.ts';

/** Largest Input payload the official clients send. */
export const SESSION_INPUT_CHUNK_BYTES = 1024;

/** Views into `bytes` of at most `chunkBytes` each; nothing for empty input (an empty Input is a heartbeat). */
export function splitSessionInput(bytes: Uint8Array, chunkBytes: number = SESSION_INPUT_CHUNK_BYTES): Uint8Array[] {
  requireInteger('chunkBytes', chunkBytes, 1, Number.MAX_SAFE_INTEGER);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
  return chunks;
}
