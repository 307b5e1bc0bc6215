import type { AuditEntry } from '@porthole/contract';

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'a-1',
    userId: 'u-1',
    userName: 'olivia',
    sourceAddress: '127.0.0.1',
    action: 'instance.reboot',
    regionId: 'cn-hangzhou',
    instanceId: 'i-bp1web01',
    target: null,
    detail: null,
    startedAt: '2026-11-24T10:00:00.000Z',
    completedAt: '2026-11-24T10:00:01.000Z',
    outcome: 'succeeded',
    errorCode: null,
    cloudRequestId: 'CLOUD-REQ-1',
    ...overrides,
  };
}
