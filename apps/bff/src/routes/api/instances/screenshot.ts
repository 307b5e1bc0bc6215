import { CloudError } from '@porthole/cloud';
import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { fromCloudError } from '../../../errors/cloud-error-mapping.ts';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { contractRoute } from '../../contract-route.ts';
import { assertInstanceInScope } from './instance-scope.ts';

/** GetInstanceScreenshot's page: calls on one instance at least 10 seconds apart, else Throttling. */
export const SCREENSHOT_MIN_INTERVAL_SECONDS = 10;

/**
 * The API answers Throttling both for its per-instance interval and for the account's request rate,
 * with nothing to tell them apart; a second screenshot within the interval is by far the likelier,
 * and the browser's answer to both is the same: wait, then refresh.
 */
function tooSoon(error: CloudError): ApiError {
  const { cloud } = fromCloudError(error);
  return new ApiError('SCREENSHOT_TOO_SOON', undefined, cloud);
}

const screenshot: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.screenshot, expensiveCloudCall),
    handler: async (request, reply) => {
      const { region, id } = request.params;
      await assertInstanceInScope(app, request, region, id);
      try {
        const shot = await app.cloud.getInstanceScreenshot(region, id);
        return {
          instanceId: shot.instanceId,
          imageBase64: shot.screenshot,
          takenAt: new Date().toISOString(),
          minIntervalSeconds: SCREENSHOT_MIN_INTERVAL_SECONDS,
          cloudRequestId: shot.requestId,
        };
      } catch (error) {
        if (!(error instanceof CloudError) || !error.isThrottling) throw error;
        const waitMs = error.retryAfterMs ?? SCREENSHOT_MIN_INTERVAL_SECONDS * 1000;
        reply.header('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))));
        throw tooSoon(error);
      }
    },
  });
};

export default screenshot;
