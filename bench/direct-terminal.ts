import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { CloudClient } from '@porthole/cloud';
import {
  decodeSessionMessage,
  decodeStatus,
  encodeSessionMessage,
  encodeSetSize,
  SessionMessageType,
  SessionStatusCode,
  splitSessionInput,
} from '@porthole/wire';
import { WebSocket } from 'ws';
import { firstOutput, OutputListeners, type TerminalLink } from './terminal-link.ts';

export interface ShellTarget {
  readonly regionId: string;
  readonly instanceId: string;
  readonly cols: number;
  readonly rows: number;
}

/**
 * The baseline: a shell straight from the Session Manager gateway, as the official 1.02 browser sample
 * talks to it (session-protocol-1.02.md §5). Deliberately minimal — no resume, no keepalive, no flow
 * control — so it is the floor the BFF's relay is measured against; the BFF's own channel code is
 * internal to it, and reusing it would hide any cost it adds.
 */
export async function openDirectTerminal(cloud: CloudClient, target: ShellTarget, firstOutputTimeoutMs = 15_000): Promise<TerminalLink> {
  const session = await cloud.startTerminalSession({ regionId: target.regionId, instanceId: target.instanceId, clientToken: randomUUID() });
  const socket = new WebSocket(session.webSocketUrl.reveal(), { perMessageDeflate: false });
  const listeners = new OutputListeners();
  let channelId = '';
  // 1.02 numbers Input and Resize together, from 1 (the gateway ignores sequences it has already acked).
  let inputSeq = 0;
  let outputSeq = 0;

  const send = (type: number, payload: Uint8Array): void => {
    inputSeq += 1;
    socket.send(encodeSessionMessage({ type, schemaVersion: '1.02', sessionId: channelId, instanceId: '', createdAt: Date.now(), sequence: inputSeq, payload }));
  };

  const fail = (reason: string): void => {
    listeners.fail(new Error(reason));
    socket.terminate();
  };
  socket.on('error', (error) => fail(`gateway socket error: ${error.message}`));
  socket.on('close', (code: number) => listeners.fail(new Error(`the gateway socket closed (${code})`)));
  socket.on('message', (data: Buffer) => {
    const decoded = decodeSessionMessage(data, { layout: '1.02' });
    if (decoded.kind !== 'ok') return fail(`undecodable frame from the gateway: ${decoded.kind}`);
    const message = decoded.value;
    if (channelId === '') channelId = message.sessionId;
    if (message.type === SessionMessageType.output) {
      // Without faults switched on nothing is lost; a gap would make the figures meaningless.
      const sequence = message.outputSequence ?? 0;
      if (sequence !== outputSeq + 1) return fail(`output frame ${sequence} after ${outputSeq}: the gateway lost output`);
      outputSeq = sequence;
      listeners.emit(message.payload);
    } else if (message.type === SessionMessageType.status) {
      const status = decodeStatus(message.payload);
      const ends: number[] = [SessionStatusCode.aborted, SessionStatusCode.closed, SessionStatusCode.exited];
      if (status && ends.includes(status.code)) fail(`the gateway ended the session: ${status.text}`);
    }
  });
  // Listening before the socket opens, so no early chunk slips past.
  const shellUp = firstOutput(listeners, firstOutputTimeoutMs);
  await Promise.all([once(socket, 'open'), shellUp]).catch((error: unknown) => {
    socket.terminate();
    throw error;
  });
  // The same size the BFF sends once the shell is up, so both shells format alike.
  send(SessionMessageType.setSize, encodeSetSize(target.cols, target.rows, 'binary'));

  return {
    write(bytes) {
      for (const chunk of splitSessionInput(bytes)) send(SessionMessageType.input, chunk);
    },
    onOutput: (listener) => listeners.add(listener),
    async close() {
      if (socket.readyState !== WebSocket.CLOSED) {
        const closed = once(socket, 'close');
        socket.close(1000);
        await closed;
      }
      // A normal close already ended the channel; this frees the session record as the BFF does.
      await cloud.endTerminalSession(target.regionId, session.sessionId).catch(() => undefined);
    },
  };
}
