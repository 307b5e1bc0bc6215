import { randomUUID } from 'node:crypto';
import { routes, type ShareExpiry } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { expensiveCloudCall } from '../../../plugins/external/rate-limit.ts';
import { newShareToken, hashShareToken } from '../../../shares/share-token.ts';
import { toShareSummary } from '../../../shares/share-summary.ts';
import { takeSnapshot } from '../../../shares/take-snapshot.ts';
import { contractRoute } from '../../contract-route.ts';
import type { ShareRoutesOptions } from './share-routes-options.ts';

const HOUR_MS = 3_600_000;
const EXPIRY_MS: Record<ShareExpiry, number> = { '1h': HOUR_MS, '1d': 24 * HOUR_MS, '7d': 7 * 24 * HOUR_MS, '30d': 30 * 24 * HOUR_MS };

const createShare: FastifyPluginAsyncTypebox<ShareRoutesOptions> = async (app, { shares }) => {
  app.route({
    // Each share reads the console output from the cloud, like the console-output route.
    ...contractRoute(routes.createShare, expensiveCloudCall),
    handler: async (request, reply) => {
      const { body } = request;
      const { user } = request;
      if (user === null) throw new ApiError('UNAUTHENTICATED');
      const id = randomUUID();
      const token = newShareToken();
      // The audit names the share by id only: the token is a credential.
      const share = await app.audit.track(request, { action: 'share.create', regionId: body.regionId, instanceId: body.instanceId, target: `share:${id}` }, async () => {
        const snapshot = await takeSnapshot(app, request, body);
        const now = app.auth.now();
        const created = await shares.create({
          id,
          tokenHash: hashShareToken(token),
          userId: user.id,
          userName: user.name,
          regionId: body.regionId,
          instanceId: body.instanceId,
          instanceName: snapshot.instanceName,
          instanceTags: snapshot.instanceTags,
          text: snapshot.text,
          lastUpdateTime: snapshot.lastUpdateTime,
          lastUpdateTimeUtc: snapshot.lastUpdateTimeUtc,
          rangeFrom: body.range?.from ?? null,
          rangeTo: body.range?.to ?? null,
          note: body.note?.trim() || null,
          visibility: body.visibility ?? 'signed-in',
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + EXPIRY_MS[body.expiresIn ?? '1d']).toISOString(),
          redactions: snapshot.redactions,
        });
        return { share: created, requestId: snapshot.cloudRequestId };
      });
      return reply.code(routes.createShare.successStatus).send({ share: toShareSummary(share.share), url: `/shared/${token}` });
    },
  });
};

export default createShare;
