import type * as $Ecs from '@alicloud/ecs20140526';
import type { CloudTerminalConnection, CloudTerminalSessionInfo } from './terminal-shapes.ts';
import { present, text } from './sdk-fields.ts';

type SdkSession = $Ecs.DescribeTerminalSessionsResponseBodySessionsSession;
type SdkConnection = $Ecs.DescribeTerminalSessionsResponseBodySessionsSessionConnectionsConnection;

function toConnection(connection: SdkConnection): CloudTerminalConnection {
  return {
    instanceId: text(connection.instanceId),
    status: text(connection.status),
    startTime: present(connection.startTime),
    endTime: present(connection.endTime),
    closedReason: present(connection.closedReason),
    failedDetail: present(connection.failedDetail),
  };
}

export function toTerminalSessionInfo(session: SdkSession): CloudTerminalSessionInfo {
  return {
    sessionId: text(session.sessionId),
    username: present(session.username),
    creationTime: text(session.creationTime),
    portNumber: session.portNumber,
    targetServer: present(session.targetServer),
    clientIp: present(session.clientIP),
    connections: (session.connections?.connection ?? []).map(toConnection),
  };
}
