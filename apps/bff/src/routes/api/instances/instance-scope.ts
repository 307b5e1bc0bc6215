import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';

/**
 * Refuses an instance outside the user's scope: its region first, then (for a user limited to a
 * tag) the instance's tags, which means looking the instance up before acting on it. Users without
 * a tag scope cost no extra cloud call.
 */
export async function assertInstanceInScope(app: FastifyInstance, request: FastifyRequest, regionId: string, instanceId: string): Promise<void> {
  app.auth.scope.assertRegion(request, regionId);
  if (request.user?.scope.tag == null) return;
  const instance = await app.cloud.describeInstance(regionId, instanceId);
  if (!instance) throw new ApiError('NOT_FOUND', `Instance ${instanceId} does not exist in ${regionId}.`);
  app.auth.scope.assertInstance(request, instanceId, instance.tags);
}
