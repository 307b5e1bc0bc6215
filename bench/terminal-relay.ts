// What does the BFF's terminal relay cost a shell? The same Session Manager shell workload (a
// running Linux instance in localcloud, pacing off) (a) straight from the gateway with a minimal
// 1.02 client — the baseline — and (b) through the BFF's terminal socket, which also decodes and
// re-frames every output frame, keeps its replay buffer, records the asciicast and waits for the
// browser's acks. Both in this process against the same localcloud on loopback, in one run:
//  - throughput: `head -c BENCH_BYTES /dev/zero | base64 -w 0`, MB/s until a marker after it;
//  - keystroke round trip: BENCH_KEYSTROKES single keys at `stty raw -echo; cat`, each until its echo.
// The ratios are BFF / direct: below 1 for throughput and above 1 for the round trip mean the relay costs.
// Everything shares one event loop (the gateway, its PTY reader, the relay and both clients), so the
// ratio shows the relay's CPU cost rather than what a separate BFF process would overlap.
//
//   pnpm --filter @porthole/bench terminal-relay     (BENCH_BYTES=20000000 BENCH_KEYSTROKES=200 BENCH_ROUNDS=3)
import type { CloudClient } from '@porthole/cloud';
import { startBffStack } from './bff-stack.ts';
import { openBffTerminal } from './bff-terminal.ts';
import { openDirectTerminal, type ShellTarget } from './direct-terminal.ts';
import { formatStats, type LatencyStats } from './latency-stats.ts';
import type { TerminalLink } from './terminal-link.ts';
import { measureKeystrokes, measureThroughput, settle, type Throughput } from './terminal-workloads.ts';

const rawBytes = positiveInteger('BENCH_BYTES', 20_000_000);
const keystrokes = positiveInteger('BENCH_KEYSTROKES', 200);
const rounds = positiveInteger('BENCH_ROUNDS', 3);
const keystrokeWarmup = 20;
const throughputWarmupBytes = 1_000_000;
const region = 'cn-hangzhou';
// Generous: a few MB/s is the slowest either path should go.
const throughputTimeoutMs = 60_000 + rawBytes / 200;

// Pacing off: the documented 200 kbit/s per session would make both paths measure the pacer.
const stack = await startBffStack({ sessions: { pacingBps: 0, startupDelayMs: 200 } });
const links: TerminalLink[] = [];

try {
  const { cloud, browser } = stack;
  const target: ShellTarget = { regionId: region, instanceId: await sessionInstance(cloud), cols: 120, rows: 40 };

  const direct = await openDirectTerminal(cloud, target);
  links.push(direct);
  const viaBff = await openBffTerminal(browser, target);
  links.push(viaBff);
  for (const link of [direct, viaBff]) {
    await settle(link);
    await measureThroughput(link, throughputWarmupBytes, throughputTimeoutMs);
  }

  // Alternating rounds, median of each: a busy machine then slows both paths alike.
  const directRounds: Throughput[] = [];
  const bffRounds: Throughput[] = [];
  for (let round = 0; round < rounds; round++) {
    directRounds.push(await measureThroughput(direct, rawBytes, throughputTimeoutMs));
    bffRounds.push(await measureThroughput(viaBff, rawBytes, throughputTimeoutMs));
  }
  const directThroughput = medianThroughput(directRounds);
  const bffThroughput = medianThroughput(bffRounds);
  const [directKeys, bffKeys] = await measureKeystrokes([direct, viaBff], keystrokes, keystrokeWarmup);
  if (!directKeys || !bffKeys) throw new Error('keystroke samples missing');

  console.log(`terminal-relay: a Session Manager shell on ${target.instanceId} (${region}), localcloud pacing off, one process`);
  console.log(`  throughput, head -c ${rawBytes} /dev/zero | base64 -w 0 (median of ${rounds} alternating rounds):`);
  console.log(`    direct (1.02 client -> localcloud): ${formatThroughput(directThroughput)}`);
  console.log(`    through the BFF (terminal socket -> BFF -> localcloud): ${formatThroughput(bffThroughput)}`);
  console.log(`  keystroke round trip, one key at a time at \`stty raw -echo; cat\`, the paths taking turns:`);
  console.log(`    direct: ${formatStats(directKeys)}`);
  console.log(`    through the BFF: ${formatStats(bffKeys)}`);
  console.log(`  ratio throughput (BFF / direct): ${ratio(bffThroughput.megabytesPerSecond, directThroughput.megabytesPerSecond)}`);
  console.log(`  ratio keystroke RTT p50 (BFF / direct): ${ratioOf(bffKeys, directKeys)}`);
} finally {
  for (const link of links) await link.close().catch((error: unknown) => console.error('closing a terminal:', error));
  await stack.close();
}

/** A running Linux instance whose Cloud Assistant takes Session Manager sessions. */
async function sessionInstance(client: CloudClient): Promise<string> {
  const page = await client.describeInstances({ regionId: region, status: 'Running', pageSize: 100 });
  const linux = page.instances.filter((instance) => instance.osType === 'linux').map((instance) => instance.instanceId);
  const agent = (await client.describeCloudAssistantStatus(region, linux)).find((status) => status.online && status.supportSessionManager);
  if (!agent) throw new Error(`no running Linux instance with Session Manager in ${region}`);
  return agent.instanceId;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(Number.isSafeInteger(value) && value > 0)) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

function medianThroughput(samples: readonly Throughput[]): Throughput {
  const sorted = [...samples].sort((a, b) => a.megabytesPerSecond - b.megabytesPerSecond);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('no throughput rounds (BENCH_ROUNDS must be at least 1)');
  return median;
}

function formatThroughput(t: Throughput): string {
  return `${t.megabytesPerSecond.toFixed(1)} MB/s  (${(t.bytes / 1e6).toFixed(1)} MB in ${t.seconds.toFixed(2)} s)`;
}

function ratio(measured: number, baseline: number): string {
  return (measured / baseline).toFixed(2);
}

function ratioOf(measured: LatencyStats, baseline: LatencyStats): string {
  return ratio(measured.p50, baseline.p50);
}
