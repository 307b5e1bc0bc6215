import type { CommandList, CommandSummary, ResolvedTarget, RolloutDetail } from '@porthole/contract';

export function aSavedCommand(overrides: Partial<CommandSummary> = {}): CommandSummary {
  return {
    id: 'c-hz01greet',
    name: 'greet',
    description: '',
    type: 'RunShellScript',
    content: 'echo "hello {{who}}"',
    workingDir: '',
    timeoutSeconds: 60,
    enableParameter: true,
    parameterNames: ['who'],
    parameterDefinitions: [{ name: 'who', description: 'Whom to greet', defaultValue: 'world', required: false, possibleValues: [] }],
    launcher: '',
    provider: null,
    category: '',
    version: 1,
    invokeTimes: 0,
    createdAt: '2026-11-20T08:00:00Z',
    ...overrides,
  };
}

export const commandList = (items: CommandSummary[]): CommandList => ({ items, totalCount: items.length, nextCursor: null });

export function aTarget(id: string, name: string, overrides: Partial<ResolvedTarget> = {}): ResolvedTarget {
  return { instanceId: id, instanceName: name, status: 'Running', osType: 'linux', agent: 'running', agentVersion: '2.2.3', ...overrides };
}

export function aRolloutDetail(id: string, instanceCount: number): RolloutDetail {
  return {
    rollout: {
      id,
      regionId: 'cn-hangzhou',
      commandName: 'greet',
      status: 'running',
      createdBy: 'alice',
      createdAt: '2026-11-24T10:00:00Z',
      updatedAt: '2026-11-24T10:00:00Z',
      instanceCount,
      maxConcurrency: 2,
      maxFailures: 1,
      pauseAfterFirstBatch: true,
      succeeded: 0,
      failed: 0,
      stoppedReason: null,
    },
    batches: [],
  };
}
