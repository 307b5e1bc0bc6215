// Mutation keys of the terminal feature (terminals have no cached queries: their state comes over the socket).
export const terminalKeys = {
  openInstance: (region: string, id: string) => ['terminals', 'open', region, id] as const,
  end: () => ['terminals', 'end'] as const,
};
