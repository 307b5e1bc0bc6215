import type { UserSummary } from '@porthole/contract';

export function aUser(overrides: Partial<UserSummary> = {}): UserSummary {
  return {
    id: 'u-1',
    name: 'alice',
    role: 'viewer',
    scope: { regions: null, tag: null },
    source: 'local',
    disabled: false,
    lockedUntil: null,
    createdAt: '2026-11-01T08:00:00Z',
    updatedAt: '2026-11-01T08:00:00Z',
    ...overrides,
  };
}
