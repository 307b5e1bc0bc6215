import type { CommandListQuery, InstanceListQuery, TargetSelection } from '@porthole/contract';

// The run form's reads; the 'commands' and 'instances' prefixes match the other pages' keys, so a
// change made there (a new command, a started instance) refreshes what the form offers too. The
// command library pages its list (an infinite query), so the picker's plain list needs its own key.
export const runKeys = {
  commands: (region: string, query: CommandListQuery) => ['commands', region, 'choices', query] as const,
  instances: (region: string, query: InstanceListQuery) => ['instances', region, 'list', query] as const,
  resourceGroups: (region: string) => ['resource-groups', region] as const,
  targets: (region: string, target: TargetSelection) => ['command-targets', region, target] as const,
};
