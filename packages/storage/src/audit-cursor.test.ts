import { expect, it } from 'vitest';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor.ts';
import { StorageError } from './storage-error.ts';

it('round-trips the position of an event', () => {
  const key = { startedAt: '2026-01-01T00:00:00.000Z', id: 'b4c5' };
  expect(decodeAuditCursor(encodeAuditCursor(key))).toEqual(key);
});

it.each(['', 'not base64 json', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
  'rejects a cursor that did not come from us: %j',
  (cursor) => {
    expect(() => decodeAuditCursor(cursor)).toThrow(StorageError);
  },
);
