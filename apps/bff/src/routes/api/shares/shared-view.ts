import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyContextConfig } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { hashShareToken } from '../../../shares/share-token.ts';
import { toShareSummary } from '../../../shares/share-summary.ts';
import { contractRoute } from '../../contract-route.ts';
import type { ShareRoutesOptions } from './share-routes-options.ts';

// Anyone may call this route: a per-address budget (the plugin's default) keeps token guessing slow,
// on top of the 256 bits a guess would have to hit.
const sharedLinkRateLimit: FastifyContextConfig = { rateLimit: {} };

const sharedView: FastifyPluginAsyncTypebox<ShareRoutesOptions> = async (app, { shares }) => {
  app.route({
    ...contractRoute(routes.sharedView, sharedLinkRateLimit),
    handler: async (request) => {
      const share = await shares.findLiveByTokenHash(hashShareToken(request.params.token), app.auth.now());
      // Unknown, expired and revoked links get one answer: nothing tells which it was.
      if (!share) throw new ApiError('SHARE_UNAVAILABLE');
      const { user } = request;
      if (share.visibility === 'signed-in' && user === null) throw new ApiError('UNAUTHENTICATED', 'Sign in to see this shared log.');

      await shares.incrementViews(share.id);
      await app.audit.record(request, { action: 'share.view', regionId: share.regionId, instanceId: share.instanceId, target: `share:${share.id}`, outcome: 'succeeded' });
      const canOpenInstance = user !== null && app.auth.scope.allowsRegion(request, share.regionId) && app.auth.scope.allowsInstance(request, share.instanceTags);
      return {
        share: toShareSummary({ ...share, viewCount: share.viewCount + 1 }),
        text: share.text,
        lastUpdateTime: share.lastUpdateTime,
        lastUpdateTimeUtc: share.lastUpdateTimeUtc,
        canOpenInstance,
      };
    },
  });
};

export default sharedView;
