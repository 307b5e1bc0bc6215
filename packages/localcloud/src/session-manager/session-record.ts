/** A Session Manager session as StartTerminalSession created it, and the connections made to its URL. */
export interface SessionRecord {
  readonly sessionId: string;
  /** The SecurityToken, also the `token` of the WebSocketUrl. */
  readonly token: string;
  readonly regionId: string;
  readonly instanceIds: readonly string[];
  /** Empty: the default account. */
  readonly username: string;
  readonly commandLine?: string;
  readonly portNumber?: number;
  readonly targetServer?: string;
  readonly createdAt: number;
  /** When the URL stops accepting connections; an expire-tokens fault pulls it forward. */
  expiresAt: number;
  /** Set by EndTerminalSession: the URL is dead and every socket is closed. */
  endedAt?: number;
  readonly connections: ConnectionRecord[];
}

export type ConnectionStatus = 'Connecting' | 'Connected' | 'Disconnected' | 'Failed';

/** One WebSocket to the URL, as DescribeTerminalSessions lists it. */
export interface ConnectionRecord {
  readonly instanceId: string;
  status: ConnectionStatus;
  readonly startTime: number;
  endTime?: number;
  closedReason?: string;
  failedDetail?: string;
}

export const isPortForwarding = (session: SessionRecord): boolean => session.portNumber !== undefined;
