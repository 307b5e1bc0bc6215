import type { ResolvedTarget, ResolvedTargets } from '@porthole/contract';

export interface TargetSplit {
  /** Instances whose Cloud Assistant agent answers: the only ones sent. */
  runnable: ResolvedTarget[];
  /** The cloud would refuse these or leave them pending forever, so they are left out and named. */
  skipped: ResolvedTarget[];
}

export function splitTargets(resolved: ResolvedTargets | undefined): TargetSplit {
  const instances = resolved?.instances ?? [];
  return {
    runnable: instances.filter((i) => i.agent === 'running'),
    skipped: instances.filter((i) => i.agent !== 'running'),
  };
}
