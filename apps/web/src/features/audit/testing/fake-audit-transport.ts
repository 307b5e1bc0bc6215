import type { AuditLiveTransport } from '../live/audit-live-transport.ts';

/** A transport the test drives: it pushes frames and ends the feed; it sees whether the client closed. */
export function fakeAuditTransport() {
  const messageListeners: ((data: string) => void)[] = [];
  const closeListeners: (() => void)[] = [];
  const state = { closed: false };
  const transport: AuditLiveTransport = {
    onMessage: (listener) => void messageListeners.push(listener),
    onClose: (listener) => void closeListeners.push(listener),
    close: () => {
      state.closed = true;
    },
  };
  return {
    transport,
    state,
    push: (data: string) => messageListeners.forEach((listener) => listener(data)),
    end: () => closeListeners.forEach((listener) => listener()),
  };
}
