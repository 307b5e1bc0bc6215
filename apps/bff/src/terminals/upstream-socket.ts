import { WebSocket } from 'ws';

/** A WebSocket to the cloud, dialled as the official CLI does: no Origin, no subprotocol, no compression. */
export function dialCloudSocket(url: string, options: { handshakeTimeoutMs: number; maxPayloadBytes: number }): WebSocket {
  return new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: options.handshakeTimeoutMs, maxPayload: options.maxPayloadBytes });
}

/** Round trips of WebSocket pings: the BFF<->cloud half of the latency the terminal shows. */
export class PingClock {
  #sentAt: number | undefined;
  #rtt: number | null = null;

  get rttMs(): number | null {
    return this.#rtt;
  }

  ping(socket: WebSocket): void {
    if (socket.readyState !== WebSocket.OPEN) return;
    this.#sentAt = performance.now();
    socket.ping();
  }

  pong(): void {
    if (this.#sentAt === undefined) return;
    this.#rtt = Math.round(performance.now() - this.#sentAt);
    this.#sentAt = undefined;
  }
}

/** Bytes of a ws 'message' event's data, whichever shape it came in. */
export function bytesOf(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
