import { once } from 'node:events';
import { CSRF_HEADER, type TerminalSummary } from '@porthole/contract';
import { decodeTerminalFrame, encodeTerminalFrame, type TerminalFrame } from '@porthole/wire';
import { WebSocket } from 'ws';
import type { ShellTarget } from './direct-terminal.ts';
import { firstOutput, OutputListeners, type TerminalLink } from './terminal-link.ts';

/** A signed-in browser: the BFF's origin, its session cookie and CSRF token. */
export interface BffBrowser {
  readonly origin: string;
  readonly cookie: string;
  readonly csrfToken: string;
}

/**
 * The measured path: the browser's side of a BFF terminal (POST .../terminals, then the terminal
 * socket). It acks every output frame as it arrives — a browser whose xterm keeps up — so the BFF's
 * flow control never holds the stream back for want of acks.
 */
export async function openBffTerminal(browser: BffBrowser, target: ShellTarget, firstOutputTimeoutMs = 15_000): Promise<TerminalLink> {
  const headers = { cookie: browser.cookie, origin: browser.origin };
  const opened = await fetch(`${browser.origin}/api/regions/${target.regionId}/instances/${target.instanceId}/terminals`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', [CSRF_HEADER]: browser.csrfToken },
    body: JSON.stringify({ cols: target.cols, rows: target.rows }),
  });
  if (opened.status !== 201) throw new Error(`opening a terminal answered ${opened.status}: ${await opened.text()}`);
  const terminal = (await opened.json()) as TerminalSummary;

  const socket = new WebSocket(`${browser.origin.replace(/^http/, 'ws')}${terminal.socketPath}`, { headers, perMessageDeflate: false });
  const listeners = new OutputListeners();
  let received = 0;
  const send = (frame: TerminalFrame): void => socket.send(encodeTerminalFrame(frame));
  const fail = (reason: string): void => {
    listeners.fail(new Error(reason));
    socket.terminate();
  };
  socket.on('error', (error) => fail(`BFF socket error: ${error.message}`));
  socket.on('close', (code: number) => listeners.fail(new Error(`the BFF socket closed (${code})`)));
  socket.on('message', (data: Buffer) => {
    const decoded = decodeTerminalFrame(data);
    if (decoded.kind !== 'ok') return fail(`undecodable frame from the BFF: ${decoded.kind}`);
    const frame = decoded.value;
    if (frame.type === 'output') {
      if (frame.offset !== received) return fail(`output at offset ${frame.offset}, expected ${received}: the relay lost or repeated output`);
      received += frame.data.byteLength;
      send({ type: 'ack', rendered: received });
      listeners.emit(frame.data);
    } else if (frame.type === 'state' && frame.state === 'ended') {
      fail(`the BFF ended the terminal: ${frame.reason}`);
    }
  });
  const shellUp = firstOutput(listeners, firstOutputTimeoutMs);
  await Promise.all([once(socket, 'open'), shellUp]).catch((error: unknown) => {
    socket.terminate();
    throw error;
  });

  return {
    write(data) {
      send({ type: 'input', data });
    },
    onOutput: (listener) => listeners.add(listener),
    async close() {
      // endTerminal ends the cloud session too; the BFF then closes the socket.
      const closed = socket.readyState === WebSocket.CLOSED ? Promise.resolve() : once(socket, 'close').then(() => undefined);
      const ended = await fetch(`${browser.origin}/api/terminals/${terminal.id}`, { method: 'DELETE', headers: { ...headers, [CSRF_HEADER]: browser.csrfToken } });
      if (ended.status !== 204) socket.close(1000);
      await closed;
    },
  };
}
