// What does the BFF add to a cloud call? Lists a page of instances (a) with the cloud client
// straight against a localcloud — the baseline, the work the BFF cannot avoid — and (b) through the
// BFF over HTTP, which also validates, maps to the browser contract and serialises. Both run in
// this process against the same localcloud on loopback; the ratio is (b) / (a) at the median.
//
//   pnpm --filter @porthole/bench bff-overhead        (BENCH_REQUESTS=500 to change the count)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@porthole/bff';
import { parseConfig } from '@porthole/bff/config';
import { createCloudClient, staticCredentials } from '@porthole/cloud';
import { startLocalcloud } from '@porthole/localcloud';
import { formatStats, timeSequential } from './latency-stats.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const warmup = 30;
const region = 'cn-hangzhou';

const localcloud = await startLocalcloud({ host: '127.0.0.1', port: 0, timing: 'fast' });
const credentials = staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret: localcloud.accessKeySecret });
const direct = createCloudClient({ credentials, endpoint: localcloud.endpoint, protocol: 'http' });

// A signed-in user's request: the session lookup in the BFF's (SQLite) database is part of the cost.
const dataDir = await mkdtemp(join(tmpdir(), 'porthole-bench-'));
const adminPassword = 'bench-admin-password-not-secret';
const app = await buildApp({
  config: parseConfig({
    PORTHOLE_LOG_LEVEL: 'warn',
    PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint,
    PORTHOLE_CLOUD_PROTOCOL: 'http',
    PORTHOLE_WEB_DIST: '/nonexistent/porthole-web-dist',
    PORTHOLE_DATA_DIR: dataDir,
    PORTHOLE_ADMIN_PASSWORD: adminPassword,
  }),
  findCredentials: async () => ({ provider: credentials, source: 'bench' }),
});
await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as { port: number };
const origin = `http://127.0.0.1:${port}`;
const url = `${origin}/api/regions/${region}/instances?page=1&pageSize=20`;
const signIn = await fetch(`${origin}/api/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin },
  body: JSON.stringify({ name: 'admin', password: adminPassword }),
});
if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

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
  await app.close();
  await localcloud.close();
  await rm(dataDir, { recursive: true, force: true });
}
