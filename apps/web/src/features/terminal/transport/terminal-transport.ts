/** Something to stop: a listener, a timer, a socket. Every subscription in the terminal feature returns one. */
export interface Disposable {
  dispose(): void;
}

export interface TransportClose {
  /** The WebSocket close code (1006 when the connection just dropped). */
  code: number;
  reason: string;
}

/**
 * One connection carrying binary @porthole/wire terminal frames. The session logic depends on this
 * interface only, so tests drive it with an in-memory fake and production with a WebSocket.
 */
export interface TerminalTransport {
  /** Sends one encoded frame; dropped silently when the connection is not open (the session resends state on reconnect). */
  send(frame: Uint8Array<ArrayBuffer>): void;
  onOpen(listener: () => void): Disposable;
  onMessage(listener: (frame: Uint8Array) => void): Disposable;
  /** Fires once, whether the server closed, the network dropped or `close()` was called. */
  onClose(listener: (close: TransportClose) => void): Disposable;
  close(): void;
}

/** Opens a new connection; `resumeFrom` is the count of output bytes already received (0 at first). */
export type TerminalTransportFactory = (resumeFrom: number) => TerminalTransport;
