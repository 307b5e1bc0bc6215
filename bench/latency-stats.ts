/** Percentiles of a latency sample, in milliseconds. */
export interface LatencyStats {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

export function latencyStats(samplesMs: readonly number[]): LatencyStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), mean };
}

/** Runs `call` `count` times one after another (after `warmup` untimed calls) and times each. */
export async function timeSequential(count: number, warmup: number, call: () => Promise<unknown>): Promise<LatencyStats> {
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return latencyStats(samples);
}

export const formatStats = (s: LatencyStats): string =>
  `p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  mean ${s.mean.toFixed(2)} ms  (n=${s.count})`;
