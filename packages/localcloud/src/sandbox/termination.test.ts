import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { linuxSpec, openSandboxes, request, text } from './sandbox-fixtures.ts';

/**
 * Starts a background child that leaves a file behind a moment later, then waits for ever in the foreground.
 * Relative paths, so the files land in the guest's /tmp in both modes. `started` is touched after the echo, so a
 * test that sees the file knows the output is already in the pipe.
 */
const SCRIPT = '( sleep 0.4; touch survivor ) & echo started; touch started; sleep 600';

async function waitFor(path: string): Promise<void> {
  for (let i = 0; i < 200 && !existsSync(path); i++) await sleep(10);
  if (!existsSync(path)) throw new Error(`${path} never appeared`);
}

describe.each([
  { mode: 'namespaces', directoryOnly: false },
  { mode: 'directory', directoryOnly: true },
])('termination in $mode mode', ({ directoryOnly }) => {
  let box: Awaited<ReturnType<typeof openSandboxes>>;
  afterEach(() => box.dispose());

  const start = async (terminationMode: 'Process' | 'ProcessTree') => {
    box = await openSandboxes({ directoryOnly });
    const tmp = join(box.root, linuxSpec.instanceId, 'tmp');
    const running = box.sandboxes.run(request(linuxSpec, SCRIPT, { timeoutSeconds: 60, terminationMode, workingDir: '/tmp' }));
    await waitFor(join(tmp, 'started'));
    return { running, survivor: join(tmp, 'survivor') };
  };

  it('times out on the injected clock and, with Process, kills only the main process', async () => {
    const { running, survivor } = await start('Process');
    box.clock.advance(59_999);
    box.clock.advance(1);
    const result = await running.result;
    expect(result.end).toEqual({ kind: 'timeout' });
    expect(text(result.output)).toBe('started\n');
    expect(result.finishedAt - result.startedAt).toBe(60_000);
    await waitFor(survivor);
  });

  it('with ProcessTree, kills everything the script started', async () => {
    const { running, survivor } = await start('ProcessTree');
    box.clock.advance(60_000);
    expect((await running.result).end).toEqual({ kind: 'timeout' });
    await sleep(700);
    expect(existsSync(survivor)).toBe(false);
  });

  it('stops on request, reporting terminated', async () => {
    const { running, survivor } = await start('ProcessTree');
    running.stop();
    expect((await running.result).end).toEqual({ kind: 'terminated' });
    expect(box.clock.pendingTimers).toBe(0);
    await sleep(700);
    expect(existsSync(survivor)).toBe(false);
  });

  it('close() kills what scripts left running in the background', async () => {
    box = await openSandboxes({ directoryOnly });
    const result = await box.sandboxes.run(request(linuxSpec, 'sleep 600 & echo left')).result;
    expect(result.end).toEqual({ kind: 'exited', exitCode: 0 });
    const before = Date.now();
    await box.sandboxes.close();
    expect(Date.now() - before).toBeLessThan(3000);
  });
});
