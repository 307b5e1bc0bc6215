import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { changeRollout } from '../../../rollouts/change-rollout.ts';
import { cancelRollout, continueRollout } from '../../../rollouts/rollout-transitions.ts';
import { toRolloutDetail } from '../../../rollouts/rollout-view.ts';
import { contractRoute } from '../../contract-route.ts';
import { findVisibleRollout } from './visible-rollout.ts';

/** A person's decisions on a rollout: continue one paused after its first batch, or cancel one. */
const decideRollout: FastifyPluginAsyncTypebox = async (app) => {
  const { repository, driver, runner } = app.rollouts;

  app.route({
    ...contractRoute(routes.continueRollout),
    handler: async (request) => {
      const { region, rolloutId } = request.params;
      const rollout = await findVisibleRollout(app, request, region, rolloutId);
      const change = await app.audit.track(request, { action: 'rollout.continue', regionId: region, target: `rollout:${rollout.id}` }, () =>
        changeRollout(repository, rollout.id, continueRollout(app.auth.now())),
      );
      if (!change) throw new ApiError('NOT_FOUND', 'No such rollout.');
      runner.wake();
      return toRolloutDetail(change.after);
    },
  });

  app.route({
    ...contractRoute(routes.cancelRollout),
    handler: async (request) => {
      const { region, rolloutId } = request.params;
      const rollout = await findVisibleRollout(app, request, region, rolloutId);
      const userName = request.user?.name ?? 'unknown';
      const what = { action: 'rollout.cancel' as const, regionId: region, target: `rollout:${rollout.id}` };
      const change = await app.audit.track(request, what, async () => {
        const cancelled = await changeRollout(repository, rollout.id, cancelRollout(userName, app.auth.now()));
        // The stop is part of the cancel, but the cancel stands without it: the runner retries the stop.
        const requestId = cancelled && (await driver.stopRunningBatch(cancelled.after).catch((error: unknown) => {
          request.log.warn({ err: error, rolloutId: rollout.id }, 'could not stop the running batch of a cancelled rollout');
          return undefined;
        }));
        return { cancelled, requestId };
      });
      if (!change.cancelled) throw new ApiError('NOT_FOUND', 'No such rollout.');
      runner.wake();
      return toRolloutDetail((await repository.findById(rollout.id)) ?? change.cancelled.after);
    },
  });
};

export default decideRollout;
