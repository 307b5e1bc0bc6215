import type { User } from '@porthole/storage';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { assertAdminRemains, userChange } from './user-change.ts';

const user = (overrides: Partial<User> = {}): User => ({
  id: 'u1',
  name: 'ada',
  passwordHash: '',
  role: 'viewer',
  scope: { regions: null, tag: null },
  source: 'local',
  failedSignIns: 0,
  lastFailedSignInAt: null,
  lockedUntil: null,
  disabledAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('userChange', () => {
  it('describes what really changes and whether sessions must end', () => {
    expect(userChange(user(), { role: 'viewer' })).toEqual({ detail: undefined, endsSessions: false });
    expect(userChange(user(), { role: 'admin', disabled: true })).toEqual({ detail: 'role viewer → admin; disabled', endsSessions: true });
    expect(userChange(user(), { scope: { regions: ['cn-hangzhou', 'cn-beijing'], tag: { key: 'team', value: 'ops' } } })).toEqual({
      detail: 'scope all regions → cn-hangzhou,cn-beijing, tag team=ops',
      endsSessions: true,
    });
  });

  it('tells enabling from unlocking, neither of which ends sessions', () => {
    expect(userChange(user({ disabledAt: '2026-01-02T00:00:00.000Z' }), { disabled: false })).toEqual({ detail: 'enabled', endsSessions: false });
    expect(userChange(user({ lockedUntil: '2026-01-02T00:00:00.000Z' }), { disabled: false })).toEqual({ detail: 'unlocked', endsSessions: false });
  });
});

describe('assertAdminRemains', () => {
  const ada = user({ id: 'ada', role: 'admin' });
  const bob = user({ id: 'bob', role: 'admin' });
  const refusal = (users: User[], body: Parameters<typeof assertAdminRemains>[2]) => {
    try {
      assertAdminRemains(users, ada, body);
      return undefined;
    } catch (error) {
      return error instanceof ApiError ? error.code : error;
    }
  };

  it('refuses to demote or disable the last active admin', () => {
    expect(refusal([ada], { role: 'operator' })).toBe('LAST_ADMIN');
    expect(refusal([ada, { ...bob, disabledAt: '2026-01-02T00:00:00.000Z' }], { disabled: true })).toBe('LAST_ADMIN');
  });

  it('allows it while another active admin remains, and any change that keeps an admin', () => {
    expect(refusal([ada, bob], { role: 'operator' })).toBeUndefined();
    expect(refusal([ada], { scope: { regions: ['cn-hangzhou'], tag: null } })).toBeUndefined();
  });
});
