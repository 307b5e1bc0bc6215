import type { CommandList, CommandSummary } from '@porthole/contract';

export function aCommand(overrides: Partial<CommandSummary> = {}): CommandSummary {
  return {
    id: 'c-hz01greet',
    name: 'greet',
    description: 'Says hello',
    type: 'RunShellScript',
    content: 'echo "hello {{who}}"',
    workingDir: '',
    timeoutSeconds: 60,
    enableParameter: true,
    parameterNames: ['who'],
    parameterDefinitions: [],
    launcher: '',
    provider: null,
    category: '',
    version: 1,
    invokeTimes: 0,
    createdAt: '2026-11-20T08:00:00Z',
    ...overrides,
  };
}

export function aCommandList(items: CommandSummary[], nextCursor: string | null = null): CommandList {
  return { items, totalCount: items.length, nextCursor };
}
