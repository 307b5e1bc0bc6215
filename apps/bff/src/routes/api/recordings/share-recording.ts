import { randomUUID } from 'node:crypto';
import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyContextConfig } from 'fastify';
import type { ShareRepository } from '@porthole/storage';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { recordingOutputText } from '../../../recordings/recording-output-text.ts';
import { DEFAULT_SHARE_EXPIRY, SHARE_EXPIRY_MS } from '../../../recordings/share-expiry.ts';
import { redactSecrets } from '../../../shares/redact-secrets.ts';
import { toShareSummary } from '../../../shares/share-summary.ts';
import { hashShareToken, newShareToken } from '../../../shares/share-token.ts';
import { contractRoute } from '../../contract-route.ts';
import { findVisibleRecording } from './visible-recording.ts';

// Each share reads and redacts up to a megabyte of output: a per-address budget, like the console's.
const shareRateLimit: FastifyContextConfig = { rateLimit: {} };

/**
 * Shares a recording's output as a log view: a snapshot through the console shares' own machinery
 * (redacted, hashed token, expiry, revocable in the shares list, opened at /shared/<token>).
 */
const shareRecording: FastifyPluginAsyncTypebox<{ shares: ShareRepository }> = async (app, { shares }) => {
  app.route({
    ...contractRoute(routes.shareRecording, shareRateLimit),
    handler: async (request, reply) => {
      const { user, body } = request;
      if (user === null) throw new ApiError('UNAUTHENTICATED');
      const recording = await findVisibleRecording(app, request, request.params.recordingId);
      const id = randomUUID();
      const token = newShareToken();
      const instanceId = recording.kind === 'instance' ? { instanceId: recording.targetId } : {};
      // The audit names the share by id only: the token is a credential.
      const share = await app.audit.track(request, { action: 'recording.share', regionId: recording.regionId, ...instanceId, target: `share:${id}`, detail: `recording ${recording.id}` }, async () => {
        const output = await recordingOutputText(app.recordings.repository.chunks(recording.id));
        const redacted = redactSecrets(output.text);
        const now = app.auth.now();
        // A recording is of its own moment: the log view's "last updated" is when it ended (or now, while it goes on).
        const asOf = recording.endedAt ?? now.toISOString();
        return shares.create({
          id,
          tokenHash: hashShareToken(token),
          userId: user.id,
          userName: user.name,
          regionId: recording.regionId,
          instanceId: recording.targetId,
          instanceName: recording.containerName === null ? recording.targetName : `${recording.targetName} / ${recording.containerName}`,
          // Unknown without asking the cloud: a viewer limited to a tag is then not offered the live target.
          instanceTags: [],
          text: redacted.text,
          lastUpdateTime: asOf,
          lastUpdateTimeUtc: asOf,
          rangeFrom: null,
          rangeTo: null,
          note: body.note?.trim() || null,
          visibility: body.visibility ?? 'signed-in',
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + SHARE_EXPIRY_MS[body.expiresIn ?? DEFAULT_SHARE_EXPIRY]).toISOString(),
          redactions: redacted.count,
        });
      });
      return reply.code(routes.shareRecording.successStatus).send({ share: toShareSummary(share), url: `/shared/${token}` });
    },
  });
};

export default shareRecording;
