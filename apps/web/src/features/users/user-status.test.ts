import { describe, expect, it } from 'vitest';
import { userStatus } from './user-status.ts';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('userStatus', () => {
  it('puts disabled before a lock', () => {
    expect(userStatus({ disabled: true, lockedUntil: '2026-11-24T13:00:00Z' }, now)).toEqual({ kind: 'disabled' });
  });

  it('reports a lock only while it lasts', () => {
    expect(userStatus({ disabled: false, lockedUntil: '2026-11-24T13:00:00Z' }, now)).toEqual({
      kind: 'locked',
      until: '2026-11-24T13:00:00Z',
    });
    expect(userStatus({ disabled: false, lockedUntil: '2026-11-24T11:00:00Z' }, now)).toEqual({ kind: 'enabled' });
  });
});
