// The opaque paging cursor handed to clients: the (startedAt, id) of the last event they saw.
// It is validated on the way back in because it comes from the browser.
import type { AuditEvent } from './schema.ts';
import { StorageError } from './storage-error.ts';

type CursorKey = Pick<AuditEvent, 'startedAt' | 'id'>;

export function encodeAuditCursor(event: CursorKey): string {
  return Buffer.from(JSON.stringify([event.startedAt, event.id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new StorageError('INVALID_CURSOR', 'the paging cursor is not valid', { cause: error });
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === 'string')) {
    throw new StorageError('INVALID_CURSOR', 'the paging cursor is not valid');
  }
  return { startedAt: parsed[0] as string, id: parsed[1] as string };
}
