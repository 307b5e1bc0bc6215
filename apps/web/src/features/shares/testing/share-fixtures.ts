import type { CreatedShare, SharedLogView, ShareSummary } from '@porthole/contract';

export function aShare(overrides: Partial<ShareSummary> = {}): ShareSummary {
  return {
    id: 'sh-1',
    regionId: 'cn-hangzhou',
    instanceId: 'i-bp1web01',
    instanceName: 'web-01',
    range: { from: 100, to: 140 },
    note: 'cloud-init fails here',
    visibility: 'signed-in',
    createdBy: 'alice',
    createdAt: '2026-11-24T10:00:00Z',
    expiresAt: '2999-01-01T00:00:00Z',
    revokedAt: null,
    viewCount: 3,
    redactions: 0,
    ...overrides,
  };
}

export function aCreatedShare(share: Partial<ShareSummary> = {}): CreatedShare {
  return { share: aShare(share), url: '/shared/tok_AAAAAAAAAAAAAAAAAAAAAA' };
}

export function aSharedView(overrides: Partial<SharedLogView> = {}, share: Partial<ShareSummary> = {}): SharedLogView {
  return {
    share: aShare(share),
    text: Array.from({ length: 150 }, (_, i) => `line ${i + 1}`).join('\n'),
    lastUpdateTime: '2026-11-24 18:00:00',
    lastUpdateTimeUtc: '2026-11-24T10:00:00Z',
    canOpenInstance: false,
    ...overrides,
  };
}
