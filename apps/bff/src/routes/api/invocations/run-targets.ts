import type { TargetSelection } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasTagScope } from '../../../commands/instance-visibility.ts';
import { resolveTargets } from '../../../commands/resolve-targets.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';

/** InvokeCommand/RunCommand's limit per call; more is a rollout's job. */
export const MAX_RUN_TARGETS = 100;

/**
 * The explicit instance ids a run goes to. A selection naming an id the user may not use is refused as
 * a whole rather than run on the rest: the user confirmed a count, and it would not be the count run.
 */
export async function runTargets(app: FastifyInstance, request: FastifyRequest, regionId: string, target: TargetSelection): Promise<string[]> {
  const { instances, unknownInstanceIds } = await resolveTargets(app, request, regionId, target);
  if (unknownInstanceIds.length > 0) {
    const ids = unknownInstanceIds.join(', ');
    throw hasTagScope(request)
      ? new ApiError('OUT_OF_SCOPE', `Instances ${ids} do not exist in ${regionId} or are outside your scope.`)
      : new ApiError('NOT_FOUND', `Instances ${ids} do not exist in ${regionId}.`);
  }
  return checkedCount(instances.map((instance) => instance.instanceId));
}

export function checkedCount(instanceIds: string[]): string[] {
  if (instanceIds.length === 0) throw new ApiError('NO_TARGETS');
  if (instanceIds.length > MAX_RUN_TARGETS) {
    throw new ApiError('TOO_MANY_TARGETS', `The selection has ${instanceIds.length} instances; a run can target at most ${MAX_RUN_TARGETS}. Use a rollout for more.`);
  }
  return instanceIds;
}
