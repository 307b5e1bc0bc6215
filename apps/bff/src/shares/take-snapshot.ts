import type { CreateShareBody } from '@porthole/contract';
import type { ShareTag } from '@porthole/storage';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/error-catalogue.ts';
import { toConsoleOutput } from '../routes/api/instances/console-output-mapping.ts';
import { assertRangeWithin } from './line-range.ts';
import { redactSecrets } from './redact-secrets.ts';

export interface Snapshot {
  readonly instanceName: string | null;
  readonly instanceTags: ShareTag[];
  /** Secrets already replaced by markers. */
  readonly text: string;
  readonly redactions: number;
  readonly lastUpdateTime: string;
  readonly lastUpdateTimeUtc: string | null;
  readonly cloudRequestId: string;
}

/**
 * The console output of an instance in the user's scope as it is now, redacted. The whole log is
 * kept even when a range is shared: teammates see what the sharer saw, the range highlighted at
 * its own line numbers, with the lines around it for context.
 */
export async function takeSnapshot(app: FastifyInstance, request: FastifyRequest, body: CreateShareBody): Promise<Snapshot> {
  const { regionId, instanceId } = body;
  app.auth.scope.assertRegion(request, regionId);
  // Looked up for every user, not only tag-scoped ones: the name and tags are part of the snapshot.
  const instance = await app.cloud.describeInstance(regionId, instanceId);
  if (!instance) throw new ApiError('NOT_FOUND', `Instance ${instanceId} does not exist in ${regionId}.`);
  app.auth.scope.assertInstance(request, instanceId, instance.tags);

  const output = toConsoleOutput(await app.cloud.getConsoleOutput(regionId, instanceId, { removeSymbols: body.removeSymbols ?? false }));
  const redacted = redactSecrets(output.text);
  if (body.range !== undefined) assertRangeWithin(redacted.text, body.range);
  return {
    instanceName: instance.instanceName === '' ? null : instance.instanceName,
    instanceTags: instance.tags.map(({ key, value }) => ({ key, value })),
    text: redacted.text,
    redactions: redacted.count,
    lastUpdateTime: output.lastUpdateTime,
    lastUpdateTimeUtc: output.lastUpdateTimeUtc,
    cloudRequestId: output.cloudRequestId,
  };
}
