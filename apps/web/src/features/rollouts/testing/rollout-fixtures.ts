import type { RolloutBatch, RolloutDetail, RolloutSummary } from '@porthole/contract';

export function aRolloutSummary(overrides: Partial<RolloutSummary> = {}): RolloutSummary {
  return {
    id: 'ro-1',
    regionId: 'cn-hangzhou',
    commandName: 'patch-openssl',
    status: 'running',
    createdBy: 'alice',
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:01:00Z',
    instanceCount: 4,
    maxConcurrency: 2,
    maxFailures: 1,
    pauseAfterFirstBatch: false,
    succeeded: 2,
    failed: 0,
    stoppedReason: null,
    ...overrides,
  };
}

export function aBatch(index: number, overrides: Partial<RolloutBatch> = {}): RolloutBatch {
  return {
    index,
    status: 'waiting',
    invokeId: null,
    startedAt: null,
    finishedAt: null,
    results: [
      { instanceId: `i-${index}a`, instanceName: `web-${index}a`, status: 'NotStarted', exitCode: null },
      { instanceId: `i-${index}b`, instanceName: `web-${index}b`, status: 'NotStarted', exitCode: null },
    ],
    ...overrides,
  };
}

export function aRolloutDetail(rollout: Partial<RolloutSummary> = {}, batches: RolloutBatch[] = [aBatch(0), aBatch(1)]): RolloutDetail {
  return { rollout: aRolloutSummary(rollout), batches };
}
