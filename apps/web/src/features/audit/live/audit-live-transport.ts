import { socketRoutes } from '@porthole/contract';

/**
 * The part of a socket the live audit client uses. The browser's WebSocket is one implementation;
 * tests hand in a fake, so the client is tested without a server. The feed only flows from the
 * server, hence no `send`.
 */
export interface AuditLiveTransport {
  onMessage(listener: (data: string) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

export type ConnectAuditLive = (url: string) => AuditLiveTransport;

export const connectWebSocket: ConnectAuditLive = (url) => {
  const socket = new WebSocket(url);
  return {
    onMessage: (listener) =>
      socket.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (typeof event.data === 'string') listener(event.data);
      }),
    onClose: (listener) => socket.addEventListener('close', () => listener()),
    close: () => socket.close(),
  };
};

/** Same origin as the page (the session cookie goes along), ws: or wss: to match http: or https:. */
export function auditLiveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${socketRoutes.auditLive.url}`;
}
