import type { SessionSecret } from './session-secret.ts';

/** StartTerminalSession input: a shell (or CommandLine) on one instance. Port forwarding is not exposed. */
export interface StartTerminalSessionInput {
  readonly regionId: string;
  readonly instanceId: string;
  readonly username?: string | undefined;
  /** At most 512 characters; runs instead of a login shell. */
  readonly commandLine?: string | undefined;
  /** Makes a retry after a transport failure safe: the cloud answers the same session. */
  readonly clientToken?: string | undefined;
}

/** What StartTerminalSession gives back. The URL carries the token: it stays in the BFF. */
export interface CloudTerminalSession {
  readonly sessionId: string;
  readonly webSocketUrl: SessionSecret;
  readonly securityToken: SessionSecret;
  readonly requestId: string;
}

export interface CloudTerminalConnection {
  readonly instanceId: string;
  /** e.g. Connecting | Connected | Closed | Failed */
  readonly status: string;
  readonly startTime: string | undefined;
  readonly endTime: string | undefined;
  readonly closedReason: string | undefined;
  readonly failedDetail: string | undefined;
}

export interface CloudTerminalSessionInfo {
  readonly sessionId: string;
  readonly username: string | undefined;
  readonly creationTime: string;
  readonly portNumber: number | undefined;
  readonly targetServer: string | undefined;
  readonly clientIp: string | undefined;
  readonly connections: readonly CloudTerminalConnection[];
}

export interface DescribeTerminalSessionsQuery {
  readonly regionId: string;
  readonly instanceId?: string;
  readonly sessionId?: string;
  readonly maxResults?: number;
  readonly nextToken?: string;
}

export interface CloudTerminalSessionPage {
  readonly sessions: readonly CloudTerminalSessionInfo[];
  readonly nextToken: string | undefined;
  readonly requestId: string;
}

/** ExecContainerCommand input. `command` is argv; the SDK sends it as a JSON array string. */
export interface ExecContainerCommandInput {
  readonly regionId: string;
  readonly containerGroupId: string;
  readonly containerName: string;
  readonly command: readonly string[];
  readonly tty?: boolean;
  readonly stdin?: boolean;
  /** Run to completion and answer the output (SyncResponse) instead of a WebSocket. */
  readonly sync?: boolean;
}

export interface CloudExecSession {
  /** Absent for a Sync call. */
  readonly webSocketUri: SessionSecret | undefined;
  /** Only for a Sync call: the command's output, hostile text. */
  readonly syncResponse: string | undefined;
  readonly requestId: string;
}
