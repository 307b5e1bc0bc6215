import type { ConsoleOutput, InstanceDetail, InstanceList, InstanceSummary, SessionInfo, SessionUser } from '@porthole/contract';

export function anInstance(overrides: Partial<InstanceSummary> = {}): InstanceSummary {
  return {
    id: 'i-bp1web01',
    name: 'web-01',
    status: 'Running',
    regionId: 'cn-hangzhou',
    zoneId: 'cn-hangzhou-h',
    instanceType: 'ecs.g7.large',
    cpu: 2,
    memoryMiB: 8192,
    osType: 'linux',
    osName: 'Alibaba Cloud Linux 3',
    publicIps: ['47.96.0.10'],
    privateIps: ['172.16.0.10'],
    tags: [{ key: 'env', value: 'prod' }],
    creationTime: '2026-01-02T03:04:00Z',
    ...overrides,
  };
}

export function anInstanceDetail(overrides: Partial<InstanceDetail> = {}): InstanceDetail {
  return {
    ...anInstance(),
    description: '',
    hostName: 'web-01',
    imageId: 'aliyun_3_x64_20G_alibase_20260101.vhd',
    chargeType: 'PostPaid',
    securityGroupIds: ['sg-bp1main'],
    internetMaxBandwidthOut: 5,
    deletionProtection: false,
    operationLocks: [],
    cloudAssistant: { online: true, version: '2.2.3', supportsSessionManager: true },
    ...overrides,
  };
}

export function anInstanceList(items: InstanceSummary[], page = 1, pageSize = 20): InstanceList {
  return { items, total: items.length, page, pageSize };
}

export function aConsoleOutput(text: string): ConsoleOutput {
  return {
    instanceId: 'i-bp1web01',
    text,
    lastUpdateTime: '2026-11-24 18:00:00',
    lastUpdateTimeUtc: '2026-11-24T10:00:00Z',
    cloudRequestId: 'CLOUD-REQ-1',
  };
}

export function aSessionUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return { id: 'u-1', name: 'alice', role: 'admin', scope: { regions: null, tag: null }, source: 'local', ...overrides };
}

/** A signed-in session; fake `GET /api/session` with it to render pages behind the sign-in guard. */
export function aSession(user: Partial<SessionUser> = {}): SessionInfo {
  return {
    user: aSessionUser(user),
    csrfToken: 'csrf-test-token',
    idleExpiresAt: '2026-11-24T12:00:00Z',
    absoluteExpiresAt: '2026-11-24T20:00:00Z',
  };
}
