import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeAnswer = (request: IncomingMessage, response: ServerResponse) => void;

export const jsonAnswer =
  (status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };

export const rawAnswer =
  (status: number, body: string, contentType = 'text/html'): FakeAnswer =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  };

/** Never answers: the client's read timeout has to fire. */
export const silence: FakeAnswer = () => {};

export interface FakeCloudServer {
  readonly endpoint: string;
  /** The Action of each request received, in order. */
  readonly actions: string[];
  /** Answers the next requests in turn; the last one repeats. */
  answer(...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

/**
 * A stand-in for the cloud that answers whatever a test scripts, to put the SDKs' real error
 * paths under test (localcloud only ever answers well-formed errors).
 */
export async function startFakeCloudServer(): Promise<FakeCloudServer> {
  let queue: FakeAnswer[] = [];
  const actions: string[] = [];
  const server = createServer((request, response) => {
    actions.push(String(request.headers['x-acs-action'] ?? ''));
    const next = queue.length > 1 ? queue.shift() : queue[0];
    (next ?? jsonAnswer(500, {}))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    actions,
    answer: (...answers) => {
      queue = answers;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
