import type { ShareSummary } from '@porthole/contract';
import type { Share } from '@porthole/storage';

export function toShareSummary(share: Share): ShareSummary {
  return {
    id: share.id,
    regionId: share.regionId,
    instanceId: share.instanceId,
    instanceName: share.instanceName,
    range: share.rangeFrom === null || share.rangeTo === null ? null : { from: share.rangeFrom, to: share.rangeTo },
    note: share.note,
    visibility: share.visibility,
    createdBy: share.userName,
    createdAt: share.createdAt,
    expiresAt: share.expiresAt,
    revokedAt: share.revokedAt,
    viewCount: share.viewCount,
    redactions: share.redactions,
  };
}
