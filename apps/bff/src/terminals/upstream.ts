/**
 * One cloud-side connection of a terminal (Session Manager or ECI exec), as the relay sees it. The
 * adapters hide the framing, sequencing, keepalive and resume of their protocol; the relay only moves
 * bytes, sizes and flow-control signals.
 */
export type UpstreamState = 'connecting' | 'connected' | 'reconnecting' | 'resumed' | 'ended';

export interface UpstreamEvents {
  /** Terminal output, in order, never repeated (resends are de-duplicated inside the adapter). */
  output(bytes: Uint8Array): void;
  /** A change the user should see; `ended` comes exactly once and is the last event. */
  state(state: UpstreamState, reason: string): void;
}

export interface Upstream {
  /** Starts the cloud session and dials it; failures arrive as `state('ended', reason)`. */
  open(): void;
  input(bytes: Uint8Array): void;
  resize(cols: number, rows: number): void;
  /** Stop reading from the cloud (TCP pushes back to the shell) / read again. */
  pause(): void;
  resume(): void;
  /** Round-trip time of the last WebSocket ping to the cloud, in ms; null before the first answer. */
  readonly rttMs: number | null;
  /** Input accepted but not yet written to the cloud socket: the relay stops reading the browser past a bound. */
  readonly pendingInputBytes: number;
  /** Ends the cloud session for good; no event follows except a final `state('ended')` if not ended yet. */
  end(reason: string): void;
}

/** Makes a terminal's upstream when its first browser connects, at the size the browser has by then. */
export type UpstreamFactory = (events: UpstreamEvents, size: { cols: number; rows: number }) => Upstream;
