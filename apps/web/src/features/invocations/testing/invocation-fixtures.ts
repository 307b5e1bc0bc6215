import type { InvocationDetail, InvocationResult, InvocationSummary } from '@porthole/contract';

export function aResult(overrides: Partial<InvocationResult> = {}): InvocationResult {
  return {
    instanceId: 'i-bp1web01',
    instanceName: 'web-01',
    status: 'Success',
    exitCode: 0,
    errorCode: '',
    errorInfo: '',
    output: 'hello\n',
    dropped: 0,
    startTime: '2026-11-24T10:00:00Z',
    finishedTime: '2026-11-24T10:00:03Z',
    stopTime: null,
    repeats: 1,
    ...overrides,
  };
}

export function anInvocationSummary(overrides: Partial<InvocationSummary> = {}): InvocationSummary {
  return {
    invokeId: 't-hz0jdfwd0001',
    commandId: 'c-hz0jdfwcsm01',
    commandName: 'check-disk',
    commandType: 'RunShellScript',
    status: 'Success',
    repeatMode: 'Once',
    frequency: null,
    createdAt: '2026-11-24T10:00:00Z',
    instanceCount: 1,
    statusCounts: { Success: 1 },
    ...overrides,
  };
}

/** A run over `results`, its counts and roll-up taken from them unless given. */
export function anInvocationDetail(results: InvocationResult[], overrides: Partial<InvocationSummary> = {}): InvocationDetail {
  const statusCounts: Record<string, number> = {};
  for (const result of results) statusCounts[result.status] = (statusCounts[result.status] ?? 0) + 1;
  return {
    invocation: {
      ...anInvocationSummary({ instanceCount: results.length, statusCounts, ...overrides }),
      content: 'df -h /',
      parameters: {},
      username: 'root',
      workingDir: '/root',
      timeoutSeconds: 60,
      containerName: '',
      terminationMode: 'Process',
    },
    results,
  };
}
