import type { Rollout } from '@porthole/storage';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';

/**
 * Who may see a rollout: anyone whose scope covers its region, except that a user limited to a tag sees
 * only the rollouts they created, since another user's may name instances outside that tag.
 */
export const creatorFilterOf = (request: FastifyRequest): string | undefined =>
  request.user?.scope.tag == null ? undefined : request.user.id;

/** The rollout, or NOT_FOUND when it does not exist, is in another region, or is not the user's to see. */
export async function findVisibleRollout(app: FastifyInstance, request: FastifyRequest, regionId: string, rolloutId: string): Promise<Rollout> {
  app.auth.scope.assertRegion(request, regionId);
  const rollout = await app.rollouts.repository.findById(rolloutId);
  const creator = creatorFilterOf(request);
  if (!rollout || rollout.regionId !== regionId || (creator !== undefined && rollout.createdBy !== creator)) {
    throw new ApiError('NOT_FOUND', 'No such rollout.');
  }
  return rollout;
}
