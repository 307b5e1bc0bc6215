import { startLocalcloud, type Clock, type Localcloud } from '@porthole/localcloud';
import type { InstanceList, InvocationDetail, InvocationHistory, ResolvedTargets, RunResult } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

/**
 * The localcloud's scheduler runs on this clock, so a test moves an hour on instead of waiting one.
 * (Request signatures keep wall time: the gateway does not use it.)
 */
function steppedClock(start: number) {
  let now = start;
  let timers: { at: number; callback: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    setTimeout(callback, ms) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return { cancel: () => void (timers = timers.filter((t) => t !== timer)) };
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (let due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0]; due; due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0]) {
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.callback();
    }
    now = until;
  };
  return { clock, advance };
}

const region = 'cn-hangzhou';
const url = `/api/regions/${region}/invocations`;
const { clock, advance } = steppedClock(Date.now());
let localcloud: Localcloud;
let app: FastifyInstance;
let operator: SignedInAgent;
let instanceId: string;

beforeAll(async () => {
  localcloud = await startLocalcloud({ clock, timing: 'fast', dailyInvocationQuota: 3 });
  app = await buildTestApp({ env: { PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint } });
  operator = await signedIn(app, 'operator');
  const list = (await app.inject({ method: 'GET', url: `/api/regions/${region}/instances?status=Running&pageSize=100`, headers: operator.headers })).json<InstanceList>();
  const targets = await app.inject({ method: 'POST', url: `/api/regions/${region}/command-targets`, headers: operator.headers, payload: { target: { kind: 'instances', instanceIds: list.items.map((i) => i.id) } } });
  // A rate schedule needs agent 2.2.3.282 or later.
  const newest = targets.json<ResolvedTargets>().instances.filter((t) => t.agent === 'running').sort((a, b) => (b.agentVersion ?? '').localeCompare(a.agentVersion ?? '', 'en', { numeric: true }))[0];
  instanceId = newest!.instanceId;
});
afterAll(async () => {
  await app.close();
  await localcloud.close();
});

let tokens = 0;
const run = (schedule: object) =>
  app.inject({
    method: 'POST',
    url,
    headers: operator.headers,
    payload: { clientToken: `periodic-${++tokens}`, command: { kind: 'inline', type: 'RunShellScript', content: 'echo tick' }, target: { kind: 'instances', instanceIds: [instanceId] }, schedule, timeoutSeconds: 10 },
  });

/** Moves the clock a minute on at a time until the task has run `count` times (each run is a real process). */
async function runsOf(invokeId: string, count: number): Promise<InvocationHistory> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const history = (await app.inject({ method: 'GET', url: `${url}/${invokeId}/history`, headers: operator.headers })).json<InvocationHistory>();
    const done = history.items.filter((item) => item.status === 'Success');
    if (done.length >= count) return history;
    if (Date.now() > deadline) throw new Error(`only ${done.length} of ${count} runs: ${JSON.stringify(history.items.map((i) => i.status))}`);
    const inFlight = history.items.some((item) => ['Pending', 'Running', 'Stopping'].includes(item.status));
    advance(inFlight ? 0 : 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('shows every execution of a periodic run, newest first', async () => {
  const response = await run({ kind: 'rate', every: 1, unit: 'm' });
  expect(response.statusCode).toBe(201);
  const { invokeId } = response.json<RunResult>();
  const history = await runsOf(invokeId!, 2);
  const finishedAt = history.items.map((item) => item.finishedTime!).filter(Boolean);
  expect(finishedAt.length).toBeGreaterThanOrEqual(2);
  expect([...finishedAt].sort().reverse()).toEqual(finishedAt);
  expect(history.items.every((item) => item.output === 'tick\n' || item.status !== 'Success')).toBe(true);
  const detail = (await app.inject({ method: 'GET', url: `${url}/${invokeId}`, headers: operator.headers })).json<InvocationDetail>();
  expect(detail.invocation).toMatchObject({ repeatMode: 'Period', frequency: 'rate(1m)' });
  expect(detail.results[0]?.repeats).toBeGreaterThanOrEqual(2);
  await app.inject({ method: 'POST', url: `${url}/${invokeId}/stop`, headers: operator.headers, payload: {} });
}, 20_000);

it('answers the daily quota being spent with a 4xx carrying Invocation.ExceedQuota', async () => {
  let response = await run({ kind: 'now' });
  while (response.statusCode === 201) response = await run({ kind: 'now' });
  expect(response.statusCode).toBe(400);
  expect(response.json()).toMatchObject({ error: { code: 'CLOUD_BAD_REQUEST', cloud: { code: 'Invocation.ExceedQuota' } } });
});
