/** What the user sees of a terminal's connection. */
export type SessionStatus = 'connecting' | 'connected' | 'reconnecting' | 'resumed' | 'ended';

export interface SessionState {
  status: SessionStatus;
  /** Why it ended: the cloud's status message, the relay's reason, or the browser's own. */
  reason: string | null;
}

// `reconnecting` covers both a dropped browser socket and the BFF resuming its upstream; `resumed` is
// the same shell back after either. Nothing leaves `ended`: a new shell is a new session.
const allowed: Record<SessionStatus, readonly SessionStatus[]> = {
  connecting: ['connected', 'reconnecting', 'ended'],
  connected: ['reconnecting', 'ended'],
  reconnecting: ['resumed', 'ended'],
  resumed: ['reconnecting', 'ended'],
  ended: [],
};

export const initialSessionState: SessionState = { status: 'connecting', reason: null };

export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return allowed[from].includes(to);
}

/**
 * The next state, or `undefined` when the move is refused (a late event from an old socket, a server
 * frame that contradicts what the browser knows). Callers ignore refused moves instead of throwing:
 * they come from the network, not from a programming error.
 */
export function transition(current: SessionState, to: SessionStatus, reason: string | null = null): SessionState | undefined {
  if (!canTransition(current.status, to)) return undefined;
  return { status: to, reason: to === 'ended' ? (reason ?? 'closed') : null };
}
