import { ListenerSet } from './listener-set.ts';
import type { TerminalTransport, TerminalTransportFactory, TransportClose } from './terminal-transport.ts';

/** The same-origin ws(s):// URL of a terminal's socket path, with `resumeFrom` once output was received. */
export function terminalSocketUrl(socketPath: string, resumeFrom: number, origin: string = window.location.origin): string {
  const url = new URL(socketPath, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (resumeFrom > 0) url.searchParams.set('resumeFrom', String(resumeFrom));
  return url.toString();
}

export function createWebSocketTransport(url: string): TerminalTransport {
  const socket = new WebSocket(url);
  // Array buffers arrive synchronously usable; Blobs would need an async read per frame and could reorder output.
  socket.binaryType = 'arraybuffer';
  const opened = new ListenerSet<void>();
  const messages = new ListenerSet<Uint8Array>();
  const closed = new ListenerSet<TransportClose>();
  let done = false;

  const finish = (close: TransportClose) => {
    if (done) return;
    done = true;
    closed.emit(close);
    opened.clear();
    messages.clear();
    closed.clear();
  };

  socket.addEventListener('open', () => opened.emit());
  socket.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Text frames are not part of the protocol; ignoring them keeps a confused proxy from breaking the screen.
    if (event.data instanceof ArrayBuffer) messages.emit(new Uint8Array(event.data));
  });
  socket.addEventListener('close', (event) => finish({ code: event.code, reason: event.reason }));

  return {
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
    },
    onOpen: (listener) => opened.add(listener),
    onMessage: (listener) => messages.add(listener),
    onClose: (listener) => closed.add(listener),
    close() {
      if (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN) socket.close(1000, 'closed by the user');
      // The browser fires 'close' later; the session must not wait for it to stop listening.
      finish({ code: 1000, reason: 'closed by the user' });
    },
  };
}

export function webSocketTransportFactory(socketPath: string): TerminalTransportFactory {
  return (resumeFrom) => createWebSocketTransport(terminalSocketUrl(socketPath, resumeFrom));
}
