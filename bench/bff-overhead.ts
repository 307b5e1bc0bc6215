// What does the BFF add to a cloud call? Lists a page of instances (a) with the cloud client
// straight against a localcloud — the baseline, the work the BFF cannot avoid — and (b) through the
// BFF over HTTP, which also validates, maps to the browser contract and serialises. Both run in
// this process against the same localcloud on loopback; the ratio is (b) / (a) at the median.
//
//   pnpm --filter @porthole/bench bff-overhead        (BENCH_REQUESTS=500 to change the count)
import { startBffStack } from './bff-stack.ts';
import { formatStats, timeSequential } from './latency-stats.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const warmup = 30;
const region = 'cn-hangzhou';

// A signed-in user's request: the session lookup in the BFF's (SQLite) database is part of the cost.
const stack = await startBffStack();
const { cloud: direct, browser } = stack;
const url = `${browser.origin}/api/regions/${region}/instances?page=1&pageSize=20`;
const { cookie } = browser;

try {
  const baseline = await timeSequential(requests, warmup, () => direct.describeInstances({ regionId: region, pageNumber: 1, pageSize: 20 }));
  const viaBff = await timeSequential(requests, warmup, async () => {
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`BFF answered ${response.status}`);
    await response.arrayBuffer();
  });
  console.log(`bff-overhead: list 20 instances, ${requests} sequential requests each`);
  console.log(`  baseline (cloud client -> localcloud): ${formatStats(baseline)}`);
  console.log(`  through the BFF (HTTP -> BFF -> localcloud): ${formatStats(viaBff)}`);
  console.log(`  ratio (BFF / baseline, p50): ${(viaBff.p50 / baseline.p50).toFixed(2)}`);
} finally {
  await stack.close();
}
