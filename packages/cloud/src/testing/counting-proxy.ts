import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  readonly endpoint: string;
  /** The x-acs-action of every request that passed, in order. */
  readonly actions: string[];
  close(): Promise<void>;
}

/**
 * Passes requests through to `target` unchanged (Host included, so V3 signatures still verify)
 * and records each one: how a test sees how many attempts a call really made.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const [hostname, port] = target.split(':');
  const actions: string[] = [];
  const server = createServer((incoming, outgoing) => {
    actions.push(String(incoming.headers['x-acs-action'] ?? ''));
    const upstream = forward({ hostname, port: Number(port), method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    actions,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
