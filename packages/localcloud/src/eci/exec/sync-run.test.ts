import { describe, expect, it } from 'vitest';
import type { ExecProcess, ExecStream } from './exec-process.ts';
import { runToCompletion, SYNC_OUTPUT_LIMIT } from './sync-run.ts';

/** A process that prints what it is told and exits when killed, or with `code` when `finish` is called. */
function scriptedProcess() {
  const listeners: ((stream: ExecStream, data: Uint8Array) => void)[] = [];
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));
  const events: string[] = [];
  const process: ExecProcess = {
    onOutput: (listener) => void listeners.push(listener),
    write: () => undefined,
    endInput: () => void events.push('eof'),
    resize: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    exited,
    kill: () => {
      events.push('kill');
      finish(137);
    },
  };
  const print = (stream: ExecStream, text: string) => listeners.forEach((l) => l(stream, new TextEncoder().encode(text)));
  return { process, print, finish: (code: number) => finish(code), events };
}

describe('Sync runs', () => {
  it('close stdin, interleave stdout and stderr and keep only the first 64 KiB', async () => {
    const p = scriptedProcess();
    const outcome = runToCompletion(p.process, 1000);
    p.print('stdout', 'a');
    p.print('stderr', 'b');
    p.print('stdout', 'x'.repeat(SYNC_OUTPUT_LIMIT));
    p.finish(0);
    const { output, exitCode, timedOut } = await outcome;
    expect([output.length, output.slice(0, 3), exitCode, timedOut]).toEqual([SYNC_OUTPUT_LIMIT, 'abx', 0, false]);
    expect(p.events).toEqual(['eof']);
  });

  it('kill a command that outlives the limit', async () => {
    const p = scriptedProcess();
    const outcome = await runToCompletion(p.process, 20);
    expect(outcome).toMatchObject({ timedOut: true, exitCode: 137 });
    expect(p.events).toEqual(['eof', 'kill']);
  });
});
