import { invalidParameter } from '../../api-error.ts';
import type { Operation } from '../../operation.ts';
import type { SessionRecord } from '../../session-manager/index.ts';
import type { World } from '../../world/index.ts';
import { findRegion } from '../../world/regions.ts';
import { isoSeconds } from '../../world/time-format.ts';
import { paginate } from '../paging.ts';
import { optional, required } from '../params.ts';
import { sessionErrors } from './errors.ts';

/** History is kept 30 days (alibaba-api.md §3.2). */
const HISTORY_MS = 30 * 86_400_000;

const maxResults = (raw: number | undefined): number => {
  if (raw === undefined) return 10;
  if (raw < 1 || raw > 100) throw invalidParameter('MaxResults', 'It must be from 1 to 100.');
  return raw;
};

function view(session: SessionRecord, accountId: string) {
  return {
    SessionId: session.sessionId,
    CreationTime: isoSeconds(session.createdAt),
    Username: session.username,
    // Sessions are started through the API from the simulator's own machine.
    ClientIP: '127.0.0.1',
    IdentityType: 'Account',
    PrincipalId: accountId,
    ...(session.portNumber === undefined ? {} : { PortNumber: session.portNumber }),
    ...(session.targetServer === undefined ? {} : { TargetServer: session.targetServer }),
    Connections: {
      Connection: session.connections.map((c) => ({
        InstanceId: c.instanceId,
        Status: c.status,
        StartTime: isoSeconds(c.startTime),
        ...(c.endTime === undefined ? {} : { EndTime: isoSeconds(c.endTime) }),
        ...(c.closedReason === undefined ? {} : { ClosedReason: c.closedReason }),
        ...(c.failedDetail === undefined ? {} : { FailedDetail: c.failedDetail }),
      })),
    },
  };
}

/** DescribeTerminalSessions: the region's sessions, newest first, filtered by InstanceId and SessionId. */
export const describeTerminalSessions =
  (world: World): Operation =>
  ({ params }) => {
    const regionId = required(params, 'RegionId');
    if (!findRegion(regionId)) throw sessionErrors.regionNotFound();
    const instanceId = optional(params, 'InstanceId');
    const sessionId = optional(params, 'SessionId');
    const since = world.clock.now() - HISTORY_MS;
    const all = world.sessions
      .list(regionId)
      .filter((s) => s.createdAt >= since)
      .filter((s) => instanceId === undefined || s.instanceIds.includes(instanceId))
      .filter((s) => sessionId === undefined || s.sessionId === sessionId);
    const page = paginate(all, params, { sizeParam: 'MaxResults', size: maxResults });
    return {
      NextToken: page.nextToken,
      Sessions: { Session: page.items.map((s) => view(s, world.cloudAssistant.accountId)) },
    };
  };
