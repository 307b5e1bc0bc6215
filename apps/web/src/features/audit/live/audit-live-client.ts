import { AuditLiveMessage, type AuditEntry } from '@porthole/contract';
import { Value } from 'typebox/value';
import type { AuditLiveTransport } from './audit-live-transport.ts';

export interface AuditLiveHandlers {
  onEntry: (entry: AuditEntry) => void;
  /** The server or the network ended the feed (not called after dispose). */
  onClose: () => void;
}

export interface AuditLiveSubscription {
  dispose(): void;
}

/** A text frame as the contract describes it, or undefined for anything else. */
export function parseAuditLiveFrame(data: string): AuditLiveMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  return Value.Check(AuditLiveMessage, value) ? value : undefined;
}

/** Reads the live audit feed; a frame that does not match the contract is dropped, not shown half-read. */
export function subscribeAuditLive(transport: AuditLiveTransport, handlers: AuditLiveHandlers): AuditLiveSubscription {
  let disposed = false;
  transport.onMessage((data) => {
    const message = disposed ? undefined : parseAuditLiveFrame(data);
    if (message) handlers.onEntry(message.entry);
  });
  transport.onClose(() => {
    if (!disposed) handlers.onClose();
  });
  return {
    dispose: () => {
      if (disposed) return;
      disposed = true;
      transport.close();
    },
  };
}
