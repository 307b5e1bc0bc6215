import type { ExecProcess } from './exec-process.ts';

/**
 * Sync=true answers in the API response, so it must end: undocumented limits, our choice. The command is killed
 * after SYNC_TIMEOUT_MS, and only the first SYNC_OUTPUT_LIMIT bytes of its output are returned.
 */
export const SYNC_TIMEOUT_MS = 10_000;
export const SYNC_OUTPUT_LIMIT = 64 * 1024;

export interface SyncOutcome {
  /** stdout and stderr interleaved as they arrived, decoded as UTF-8. */
  readonly output: string;
  readonly exitCode: number;
  readonly timedOut: boolean;
}

/** Runs a started process to completion with stdin closed and collects what it printed. */
export async function runToCompletion(process: ExecProcess, timeoutMs = SYNC_TIMEOUT_MS): Promise<SyncOutcome> {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  process.onOutput((_stream, data) => {
    const room = SYNC_OUTPUT_LIMIT - kept;
    if (room <= 0) return;
    const part = data.subarray(0, room);
    chunks.push(part);
    kept += part.length;
  });
  process.endInput();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill();
  }, timeoutMs);
  const exitCode = await process.exited.finally(() => clearTimeout(timer));
  return { output: Buffer.concat(chunks).toString('utf8'), exitCode, timedOut };
}
