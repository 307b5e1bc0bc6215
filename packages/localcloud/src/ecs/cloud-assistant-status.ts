import { invalidParameter } from '../api-error.ts';
import { versionAtLeast } from '../cloud-assistant/agent-features.ts';
import type { InstanceStats } from '../cloud-assistant/index.ts';
import type { Operation } from '../operation.ts';
import type { EcsInstance, World } from '../world/index.ts';
import { isoSeconds } from '../world/time-format.ts';
import { instancesIn } from './instance-lookup.ts';
import { boundedMaxResults, paginate } from './paging.ts';
import { optional, regionParam, repeatedParam } from './params.ts';

const OS_TYPES = ['windows', 'linux', 'freebsd'];
/** Session Manager needs agent 2.2.3.256+ on Linux and 2.1.3.256+ on Windows. */
const SESSION_MANAGER_MIN = { linux: [2, 2, 3, 256], windows: [2, 1, 3, 256] } as const;
const HEARTBEAT_MS = 60_000;

function statusView(instance: EcsInstance, stats: InstanceStats, now: number): Record<string, unknown> {
  const { spec, power } = instance;
  const version = spec.cloudAssistantVersion;
  const online = version !== undefined && power.status === 'Running';
  // The agent beats once a minute while the guest runs; a stopped guest keeps its last beat.
  const lastBeat = power.status === 'Running' ? now - (now % HEARTBEAT_MS) : power.shutdownStartedAt;
  return {
    InstanceId: spec.instanceId,
    CloudAssistantStatus: String(online),
    CloudAssistantVersion: version ?? '',
    OSType: spec.image.osType === 'windows' ? 'Windows' : 'Linux',
    InvocationCount: stats.invocationCount,
    ActiveTaskCount: stats.activeTaskCount,
    LastInvokedTime: stats.lastInvokedTime === undefined ? '' : isoSeconds(stats.lastInvokedTime),
    LastHeartbeatTime: version !== undefined && lastBeat !== undefined ? isoSeconds(lastBeat) : '',
    SupportSessionManager: version !== undefined && versionAtLeast(version, SESSION_MANAGER_MIN[spec.image.osType]),
  };
}

export const describeCloudAssistantStatus = (world: World): Operation => ({ params }) => {
  const region = regionParam(params);
  const ids = repeatedParam(params, 'InstanceId');
  if (ids.length > 50) throw invalidParameter('InstanceId', 'At most 50 instance ids.');
  const osType = optional(params, 'OSType')?.toLowerCase();
  if (osType !== undefined && !OS_TYPES.includes(osType)) throw invalidParameter('OSType', 'Valid values: Windows, Linux, FreeBSD.');
  const matching = instancesIn(world, region.regionId).filter(
    (i) => (ids.length === 0 || ids.includes(i.spec.instanceId)) && (osType === undefined || i.spec.image.osType === osType),
  );
  // With explicit ids the documented behaviour is to ignore MaxResults and answer for all of them.
  const page = ids.length > 0
    ? { items: matching, totalCount: matching.length, pageNumber: 1, pageSize: matching.length, nextToken: '' }
    : paginate(matching, params, { sizeParam: 'MaxResults', size: boundedMaxResults, pages: { pageSizeDefault: 10, pageSizeMax: 50 } });
  const now = world.clock.now();
  return {
    TotalCount: page.totalCount,
    PageNumber: page.pageNumber,
    PageSize: page.pageSize,
    NextToken: page.nextToken,
    InstanceCloudAssistantStatusSet: { InstanceCloudAssistantStatus: page.items.map((i) => statusView(i, world.cloudAssistant.instanceStats(i.spec.instanceId), now)) },
  };
};
