import type { Rollout, RolloutRepository } from '@porthole/storage';
import type { Transition } from './rollout-transitions.ts';

export interface RolloutChange {
  before: Rollout;
  /** The same as `before` when the transition had nothing to change. */
  after: Rollout;
}

// The runner and users (continue, cancel) may write at the same moment; each write names the version it
// read, so the loser reads again and re-decides. A handful of rounds is plenty for those few writers.
const ATTEMPTS = 5;

/** Applies a transition to the latest state of a rollout; undefined when the rollout does not exist. Errors of the transition are rethrown. */
export async function changeRollout(rollouts: RolloutRepository, id: string, transition: Transition): Promise<RolloutChange | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = await rollouts.findById(id);
    if (!before) return undefined;
    const changes = transition(before);
    if (!changes) return { before, after: before };
    const after = await rollouts.update(id, before.version, changes);
    if (after) return { before, after };
  }
  throw new Error(`rollout ${id} kept changing while being written`);
}
