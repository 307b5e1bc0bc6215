import { describe, expect, it } from 'vitest';
import { shareStatus } from './share-status.ts';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('shareStatus', () => {
  it('is active until the expiry instant', () => {
    expect(shareStatus({ expiresAt: '2026-11-24T12:00:01Z', revokedAt: null }, now)).toBe('active');
    expect(shareStatus({ expiresAt: '2026-11-24T12:00:00Z', revokedAt: null }, now)).toBe('expired');
  });

  it('calls a revoked link revoked even once it has expired too', () => {
    expect(shareStatus({ expiresAt: '2026-11-24T11:00:00Z', revokedAt: '2026-11-24T10:00:00Z' }, now)).toBe('revoked');
    expect(shareStatus({ expiresAt: '2026-11-25T12:00:00Z', revokedAt: '2026-11-24T10:00:00Z' }, now)).toBe('revoked');
  });
});
