import { useEffect, useEffectEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AuditEntry, AuditFilterQuery, AuditPage } from '@porthole/contract';
import { auditKeys } from '../api/audit-keys.ts';
import { applyLiveEntry } from '../live/apply-live-entry.ts';
import { subscribeAuditLive } from '../live/audit-live-client.ts';
import { auditLiveUrl, connectWebSocket, type ConnectAuditLive } from '../live/audit-live-transport.ts';

/** off: not asked for; live: receiving; paused: asked for, but an older page is shown; closed: the feed ended. */
export type AuditLiveState = 'off' | 'live' | 'paused' | 'closed';

export interface UseAuditLiveOptions {
  filters: AuditFilterQuery;
  /** Entries are only written into the newest page; on an older one the feed is paused. */
  onNewestPage: boolean;
  connect?: ConnectAuditLive | undefined;
}

/**
 * Owns the live audit socket: opens it while switched on and on the newest page, writes each entry
 * into that page's cached query, and closes it when switched off, paged away or unmounted.
 */
export function useAuditLive({ filters, onNewestPage, connect = connectWebSocket }: UseAuditLiveOptions) {
  const queryClient = useQueryClient();
  const [on, setOn] = useState(false);
  const [closed, setClosed] = useState(false);
  const running = on && onNewestPage && !closed;

  // Reads the filters of the moment, so changing them does not reopen the socket.
  const receive = useEffectEvent((entry: AuditEntry) => {
    queryClient.setQueryData<AuditPage>(auditKeys.page(filters), (page) => page && applyLiveEntry(page, entry, filters));
  });

  useEffect(() => {
    if (!running) return undefined;
    const subscription = subscribeAuditLive(connect(auditLiveUrl(window.location)), {
      onEntry: receive,
      onClose: () => setClosed(true),
    });
    return () => subscription.dispose();
  }, [running, connect]);

  const state: AuditLiveState = !on ? 'off' : closed ? 'closed' : onNewestPage ? 'live' : 'paused';
  return {
    state,
    setOn: (next: boolean) => {
      setOn(next);
      // Switching on again is how one reconnects after the feed ended.
      setClosed(false);
    },
  };
}
