// A region's rollouts under one prefix, so continuing or cancelling one refreshes the list too.
export const rolloutKeys = {
  region: (region: string) => ['rollouts', region] as const,
  list: (region: string) => ['rollouts', region, 'list'] as const,
  detail: (region: string, rolloutId: string) => ['rollouts', region, 'detail', rolloutId] as const,
};
