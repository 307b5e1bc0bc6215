/** The little a session socket needs of a WebSocket, so the protocol logic does not depend on `ws`. */
export interface SocketTransport {
  send(bytes: Uint8Array): void;
  /** Bytes queued but not yet written to the network. */
  readonly bufferedAmount: number;
  /** A close frame with this code, or with no code at all (the peer then reports 1005). */
  close(code?: number): void;
  /** Drops the TCP connection without a close frame (the peer reports 1006). */
  terminate(): void;
}

/** Close codes the simulated gateway uses (session-protocol-1.02.md §5.6). */
export const GatewayCloseCode = {
  normal: 1000,
  /** An empty close frame: "the session server restarted unexpectedly"; resumable. */
  noStatus: 1005,
  /** SERVICE_RESTART, after Status Frozen; resumable. */
  serviceRestart: 1012,
} as const;
export type GatewayCloseCode = (typeof GatewayCloseCode)[keyof typeof GatewayCloseCode];
