/** What a channel relays to: a shell on a PTY, or a TCP connection (port forwarding). */
export interface ChannelBackend {
  onOutput(listener: (bytes: Uint8Array) => void): void;
  /** Once: the shell exited or the TCP connection closed; the text is the Closed reason for the client. */
  onEnd(listener: (reason: string) => void): void;
  write(bytes: Uint8Array): void;
  resize(cols: number, rows: number): void;
  /** Stops reading output (back-pressure into the shell or the TCP peer) until `resume`. */
  pause(): void;
  resume(): void;
  /** Kills the shell / closes the connection; no end is reported after this. */
  close(): void;
}

/** Why a backend could not start: a Closed reason for the client and a detail for DescribeTerminalSessions. */
export class BackendFailure extends Error {
  readonly reason: string;

  constructor(reason: string, detail: string) {
    super(detail);
    this.name = 'BackendFailure';
    this.reason = reason;
  }
}
