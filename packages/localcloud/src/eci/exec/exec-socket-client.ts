import { WebSocket } from 'ws';

/** Test support: a WebSocket client that records every frame of an exec socket until it closes. */
export interface ExecSocketTranscript {
  readonly frames: Uint8Array[];
  readonly closeCode: number;
  readonly closeReason: string;
}

export interface OpenExecSocket {
  readonly socket: WebSocket;
  readonly frames: Uint8Array[];
  /** Resolves when a frame satisfying `test` has arrived (or already had). */
  waitFor(test: (frames: readonly Uint8Array[]) => boolean): Promise<void>;
  readonly closed: Promise<ExecSocketTranscript>;
}

export async function openExecSocket(uri: string): Promise<OpenExecSocket> {
  const socket = new WebSocket(uri);
  const frames: Uint8Array[] = [];
  const waiters: { test: (f: readonly Uint8Array[]) => boolean; resolve: () => void }[] = [];
  socket.on('message', (data: Buffer) => {
    frames.push(new Uint8Array(data));
    for (const w of waiters.splice(0)) if (w.test(frames)) w.resolve(); else waiters.push(w);
  });
  const closed = new Promise<ExecSocketTranscript>((resolve) =>
    socket.on('close', (code, reason) => resolve({ frames, closeCode: code, closeReason: reason.toString('utf8') })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    // A refused upgrade arrives as `Unexpected server response: <status>`.
    socket.once('error', reject);
  });
  return {
    socket,
    frames,
    waitFor: (test) => (test(frames) ? Promise.resolve() : new Promise((resolve) => waiters.push({ test, resolve }))),
    closed,
  };
}

/** The text of the frames on one k8s channel (or of all frames when `channel` is undefined: raw framing). */
export function channelText(frames: readonly Uint8Array[], channel?: number): string {
  const parts = channel === undefined ? frames : frames.filter((f) => f[0] === channel).map((f) => f.subarray(1));
  return Buffer.concat(parts).toString('utf8');
}
