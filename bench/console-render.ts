// How fast does a big console output become readable and searchable? The kernel-debug instance of
// the simulated world prints about 20,000 lines (1.8 MB) at boot. In Chromium, (a) the baseline: the
// same text put into a plain <pre>, the least a browser can do, searched with the browser's own
// find; (b) Porthole's console page: ANSI parsing, boot phases, problem lines and the virtualised
// viewer, searched with its search box. Both are timed from the moment the text is in the page
// (for (b): the end of the console-output response) to first paint, and to the first search hit.
//
//   pnpm --filter @porthole/bench console-render        (BENCH_RUNS=9 to change the count; needs the built web app)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { buildApp } from '@porthole/bff';
import { parseConfig } from '@porthole/bff/config';
import type { ConsoleOutput, InstanceList } from '@porthole/contract';
import { latencyStats } from './latency-stats.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const region = 'ap-southeast-1';
const query = 'Boot id';
const webDist = fileURLToPath(new URL('../apps/web/dist', import.meta.url));
const password = 'bench-admin-password-not-secret';

interface Timing {
  readonly firstPaint: number;
  readonly searchable: number;
}

const dataDir = await mkdtemp(join(tmpdir(), 'porthole-bench-'));
const app = await buildApp({
  config: parseConfig({ PORTHOLE_LOG_LEVEL: 'warn', PORTHOLE_WEB_DIST: webDist, PORTHOLE_DATA_DIR: dataDir, PORTHOLE_ADMIN_PASSWORD: password, LOCALCLOUD_TIMING: 'fast' }),
  findCredentials: async () => undefined,
});
const origin = await app.listen({ host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

/** After each paint-ready frame: when the first log line is in the DOM and a frame has been drawn. */
function watchFirstLine(): void {
  const w = window as unknown as { firstLineAt?: number };
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('[data-line-text]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.firstLineAt = performance.now())));
  }).observe(document, { childList: true, subtree: true });
}

async function viewerRun(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { firstLineAt?: number }).firstLineAt !== undefined, null, { timeout: 60_000 });
  const [firstLineAt, arrivedAt] = await page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/console-output')) as PerformanceResourceTiming | undefined;
    return [(window as unknown as { firstLineAt: number }).firstLineAt, entry?.responseEnd ?? Number.NaN];
  });
  const typedAt = await page.evaluate(() => performance.now());
  await page.getByRole('textbox', { name: 'Search log' }).fill(query);
  await page.getByText(/^1 of 1$/).waitFor();
  const foundAt = await page.evaluate(() => performance.now());
  return { firstPaint: firstLineAt - arrivedAt, searchable: firstLineAt - arrivedAt + (foundAt - typedAt) };
}

async function preRun(page: Page, text: string): Promise<Timing> {
  await page.goto(`${origin}/healthz`);
  await page.setContent('<!doctype html><pre id="log"></pre>');
  return page.evaluate(
    async ({ text, query }) => {
      const start = performance.now();
      document.getElementById('log')!.textContent = text;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const painted = performance.now();
      const found = (window as unknown as { find: (q: string) => boolean }).find(query);
      if (!found) throw new Error('the browser did not find the query');
      return { firstPaint: painted - start, searchable: performance.now() - start };
    },
    { text, query },
  );
}

const median = (xs: readonly number[]) => latencyStats(xs).p50;

try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = await page.request.post(`${origin}/api/session`, { data: { name: 'admin', password }, headers: { origin } });
  if (!signIn.ok()) throw new Error(`sign-in answered ${signIn.status()}`);
  const list = (await (await page.request.get(`${origin}/api/regions/${region}/instances?pageSize=100`)).json()) as InstanceList;
  const target = list.items.find((i) => i.name.includes('kernel-debug'));
  if (!target) throw new Error('no kernel-debug instance');
  const consoleUrl = `${origin}/regions/${region}/instances/${target.id}/console`;
  const { text } = (await (await page.request.get(`${origin}/api/regions/${region}/instances/${target.id}/console-output`)).json()) as ConsoleOutput;
  await page.addInitScript(watchFirstLine);

  const viewer: Timing[] = [];
  const pre: Timing[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const v = await viewerRun(page, consoleUrl);
    const p = await preRun(page, text);
    // The first round warms caches and the JIT; it is not counted.
    if (i > 0) {
      viewer.push(v);
      pre.push(p);
    }
  }
  const lines = text.split('\n').length;
  const show = (name: string, ts: Timing[]) =>
    `  ${name}: first paint p50 ${median(ts.map((t) => t.firstPaint)).toFixed(0)} ms, searchable p50 ${median(ts.map((t) => t.searchable)).toFixed(0)} ms`;
  console.log(`console-render: ${lines} lines, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${runs} runs each, Chromium`);
  console.log(show('baseline (plain <pre>, browser find)', pre));
  console.log(show('Porthole viewer (ANSI, phases, virtualised, search box)', viewer));
  console.log(`  ratio first paint (viewer / pre, p50): ${(median(viewer.map((t) => t.firstPaint)) / median(pre.map((t) => t.firstPaint))).toFixed(2)}`);
  console.log(`  ratio searchable (viewer / pre, p50): ${(median(viewer.map((t) => t.searchable)) / median(pre.map((t) => t.searchable))).toFixed(2)}`);
} finally {
  await browser.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
