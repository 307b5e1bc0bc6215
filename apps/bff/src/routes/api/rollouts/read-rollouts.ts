import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { toRolloutDetail, toRolloutSummary } from '../../../rollouts/rollout-view.ts';
import { contractRoute } from '../../contract-route.ts';
import { creatorFilterOf, findVisibleRollout } from './visible-rollout.ts';

// The list has no paging in the contract: the newest are what people look at.
const LIST_LIMIT = 100;

const readRollouts: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.rollouts),
    handler: async (request) => {
      const { region } = request.params;
      app.auth.scope.assertRegion(request, region);
      const createdBy = creatorFilterOf(request);
      const found = await app.rollouts.repository.listByRegion(region, { limit: LIST_LIMIT, ...(createdBy === undefined ? {} : { createdBy }) });
      return { items: found.map(toRolloutSummary) };
    },
  });

  app.route({
    ...contractRoute(routes.rollout),
    handler: async (request) => toRolloutDetail(await findVisibleRollout(app, request, request.params.region, request.params.rolloutId)),
  });
};

export default readRollouts;
