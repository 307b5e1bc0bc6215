import { GatewayCloseCode } from './socket-transport.ts';

/**
 * One-shot trouble on the session gateway, for testing clients (the BFF relay) against a misbehaving
 * cloud. `sessionId` limits it to one session's sockets; without it every live socket (or URL) is hit.
 * - drop: TCP connection dropped without a close frame (client sees 1006);
 * - close: a close with one of the gateway's codes: 1012 after Status Frozen, 1005 (empty close frame), or
 *   1000 after Status Closed (the channel ends);
 * - freeze / thaw: the gateway stops relaying in both directions, then carries on;
 * - lose-output: the next Output frame of each socket is never sent (its outputSeq is used up);
 * - expire-tokens: the URLs stop accepting connections and resumes now instead of after 10 minutes.
 */
export type SessionFault =
  | { readonly action: 'drop'; readonly sessionId?: string }
  | { readonly action: 'close'; readonly code: GatewayCloseCode; readonly sessionId?: string }
  | { readonly action: 'freeze' | 'thaw'; readonly sessionId?: string }
  | { readonly action: 'lose-output'; readonly sessionId?: string }
  | { readonly action: 'expire-tokens'; readonly sessionId?: string };

export const SESSION_FAULT_ACTIONS = ['drop', 'close', 'freeze', 'thaw', 'lose-output', 'expire-tokens'] as const;
export const SESSION_CLOSE_CODES: readonly number[] = Object.values(GatewayCloseCode);

/** Checks an admin request body; throws RangeError (answered 400) for anything else. */
export function parseSessionFault(body: unknown): SessionFault {
  if (typeof body !== 'object' || body === null) throw new RangeError('the body must be an object');
  const { action, code, sessionId } = body as Record<string, unknown>;
  if (!SESSION_FAULT_ACTIONS.includes(action as never)) throw new RangeError(`action must be one of ${SESSION_FAULT_ACTIONS.join(', ')}`);
  if (sessionId !== undefined && typeof sessionId !== 'string') throw new RangeError('sessionId must be a string');
  const scope = sessionId === undefined ? {} : { sessionId };
  if (action === 'close') {
    if (!SESSION_CLOSE_CODES.includes(code as number)) throw new RangeError(`code must be one of ${SESSION_CLOSE_CODES.join(', ')}`);
    return { action, code: code as GatewayCloseCode, ...scope };
  }
  return { action: action as Exclude<SessionFault['action'], 'close'>, ...scope };
}
