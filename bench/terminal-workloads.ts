import { latencyStats, type LatencyStats } from './latency-stats.ts';
import { byteEchoes, outputUntil, type, type TerminalLink } from './terminal-link.ts';

// Markers are written as shell arithmetic, so the echo of the command line never contains them.
const DONE_COMMAND = 'echo BENCH-$((40+2))-DONE';
const DONE_MARKER = 'BENCH-42-DONE';
const ECHO_COMMAND = 'stty raw -echo; echo KEYS-$((3+4))-READY; cat';
const ECHO_MARKER = 'KEYS-7-READY';
const KEY = 'x';
const KEY_BYTE = 0x78;
const STEP_TIMEOUT_MS = 10_000;

export interface Throughput {
  /** Output bytes from the command until the marker (base64 of `bytes`, the echo and the prompt). */
  readonly bytes: number;
  readonly seconds: number;
  /** 10^6 bytes per second. */
  readonly megabytesPerSecond: number;
}

/** Waits until the shell has run a command, so earlier output (the prompt, the MOTD) is out of the way. */
export async function settle(link: TerminalLink): Promise<void> {
  const done = outputUntil(link, DONE_MARKER, STEP_TIMEOUT_MS);
  type(link, `${DONE_COMMAND}\r`);
  await done;
}

/**
 * A bulk of output: `head -c <bytes> /dev/zero | base64 -w 0` (one long line, as a log dump or `cat`
 * of a big file would be), timed from the Enter to the marker after it.
 */
export async function measureThroughput(link: TerminalLink, rawBytes: number, timeoutMs: number): Promise<Throughput> {
  const done = outputUntil(link, DONE_MARKER, timeoutMs);
  const start = performance.now();
  type(link, `head -c ${rawBytes} /dev/zero | base64 -w 0; echo; ${DONE_COMMAND}\r`);
  const { bytes } = await done;
  const seconds = (performance.now() - start) / 1000;
  return { bytes, seconds, megabytesPerSecond: bytes / 1e6 / seconds };
}

/**
 * Keystroke round trips: each terminal in raw mode without echo and `cat` reading it, so each key comes
 * back as soon as the shell side sees it — one byte up, one byte down, nothing held by a line
 * discipline. One key at a time, each timed until its echo, the links taking turns key by key so that
 * a busy moment of the machine falls on both alike. Leaves `cat` running: close the links next.
 */
export async function measureKeystrokes(links: readonly TerminalLink[], count: number, warmup: number): Promise<LatencyStats[]> {
  for (const link of links) {
    const ready = outputUntil(link, ECHO_MARKER, STEP_TIMEOUT_MS);
    type(link, `${ECHO_COMMAND}\r`);
    await ready;
  }
  const samples = links.map((): number[] => []);
  for (let i = 0; i < warmup + count; i++) {
    for (const [index, link] of links.entries()) {
      const echoed = byteEchoes(link, KEY_BYTE, 1, STEP_TIMEOUT_MS);
      const start = performance.now();
      type(link, KEY);
      await echoed;
      if (i >= warmup) samples[index]?.push(performance.now() - start);
    }
  }
  return samples.map(latencyStats);
}
