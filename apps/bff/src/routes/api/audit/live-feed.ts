import type { AuditLiveMessage } from '@porthole/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { AuditTrail } from '../../../plugins/app/audit.ts';
import { keepSocketChecked } from '../../socket-heartbeat.ts';

export interface LiveFeedOptions {
  /** How often the server pings; a client that has not answered the previous ping by then is dropped. */
  readonly heartbeatMs: number;
  /** A client that lets this much pile up unread is too slow to follow the trail: it is closed, not buffered for. */
  readonly maxBufferedBytes: number;
}

export const LIVE_FEED_DEFAULTS: LiveFeedOptions = { heartbeatMs: 30_000, maxBufferedBytes: 1024 * 1024 };

/** Whether the socket's session still allows the feed (not signed out, revoked, expired or demoted). */
export type StillAllowed = () => Promise<boolean>;

// 1013 "try again later": the page may reconnect and re-read what it missed through GET /api/audit.
const TOO_SLOW = 1013;

/**
 * Sends each audit entry begun or completed from now on to one admin's socket, until it closes. The
 * feed is this process's own: behind several replicas a client sees the entries of the replica it
 * reached (PostgreSQL LISTEN/NOTIFY would be the shared version).
 */
export function followAuditTrail(
  socket: WebSocket,
  trail: AuditTrail,
  stillAllowed: StillAllowed,
  log: FastifyBaseLogger,
  options: LiveFeedOptions = LIVE_FEED_DEFAULTS,
): void {
  const subscription = trail.subscribe((entry) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > options.maxBufferedBytes) {
      socket.close(TOO_SLOW, 'too slow to follow the audit trail');
      return;
    }
    const message: AuditLiveMessage = { type: 'entry', entry };
    socket.send(JSON.stringify(message));
  });

  keepSocketChecked(socket, { stillAllowed, log, what: 'an audit live socket', beatMs: options.heartbeatMs });

  socket.on('close', () => subscription.dispose());
}
