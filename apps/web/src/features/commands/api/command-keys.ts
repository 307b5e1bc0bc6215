import type { CommandListQuery } from '@porthole/contract';

// One prefix per region, so a create, edit or delete re-reads every list of that region.
export const commandKeys = {
  region: (region: string) => ['commands', region] as const,
  list: (region: string, query: CommandListQuery) => ['commands', region, 'list', query] as const,
};
