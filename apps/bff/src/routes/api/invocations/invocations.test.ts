import type { AuditPage, InstanceList, InstanceSummary, InvocationDetail, InvocationList, RunResult } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
let viewer: SignedInAgent;
let storefront: SignedInAgent;
let admin: SignedInAgent;
let inside: InstanceSummary;
let outside: InstanceSummary;
const region = 'cn-hangzhou';
const url = `/api/regions/${region}/invocations`;
const STOREFRONT = { key: 'team', value: 'storefront' };
const isStorefront = (i: InstanceSummary) => i.tags.some((t) => t.key === STOREFRONT.key && t.value === STOREFRONT.value);

beforeAll(async () => {
  app = await buildTestApp();
  [operator, viewer, admin] = await Promise.all([signedIn(app, 'operator'), signedIn(app, 'viewer'), signedIn(app, 'admin')]);
  storefront = await signedIn(app, 'operator', { regions: null, tag: STOREFRONT });
  const list = await app.inject({ method: 'GET', url: `/api/regions/${region}/instances?status=Running&pageSize=100`, headers: operator.headers });
  const running = list.json<InstanceList>().items.filter((i) => !i.name.includes('db-proxy'));
  inside = running.find(isStorefront)!;
  outside = running.find((i) => !isStorefront(i))!;
});
afterAll(() => app.close());

let tokens = 0;
async function run(content: string, instanceIds: string[], name?: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url,
    headers: operator.headers,
    payload: { clientToken: `inv-${++tokens}`, command: { kind: 'inline', type: 'RunShellScript', content, enableParameter: true, ...(name ? { name } : {}) }, target: { kind: 'instances', instanceIds }, schedule: { kind: 'now' } },
  });
  expect(response.statusCode).toBe(201);
  return response.json<RunResult>().invokeId!;
}

const get = (path: string, agent = viewer) => app.inject({ method: 'GET', url: `${url}${path}`, headers: agent.headers });

async function finished(invokeId: string): Promise<InvocationDetail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const detail = (await get(`/${invokeId}`)).json<InvocationDetail>();
    if (['Success', 'Failed', 'PartialFailed', 'Stopped'].includes(detail.invocation.status)) return detail;
    if (Date.now() > deadline) throw new Error(`${invokeId} is still ${detail.invocation.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Fails on `outside` only: the built-in parameter is each instance's own id.
const failsOnOutside = () => `test "{{ACS::InstanceId}}" != "${outside.id}"`;

// The scripts run as real processes in the localcloud's sandboxes: on a busy machine that takes seconds.
describe('reading invocations', { timeout: 20_000 }, () => {
  it('lists them newest first with per-status counts, filtered and paged', async () => {
    const first = await run('true', [inside.id, outside.id], 'listed');
    const second = await run(failsOnOutside(), [inside.id, outside.id], 'listed');
    await finished(first);
    await finished(second);
    const page = (await get('?commandName=listed&pageSize=1')).json<InvocationList>();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toEqual(expect.any(String));
    const rest = (await get(`?commandName=listed&pageSize=1&cursor=${encodeURIComponent(page.nextCursor!)}`)).json<InvocationList>();
    const both = [...page.items, ...rest.items];
    expect(both.map((i) => i.invokeId).sort()).toEqual([first, second].sort());
    expect(both.find((i) => i.invokeId === second)).toMatchObject({ status: 'PartialFailed', instanceCount: 2, statusCounts: { Success: 1, Failed: 1 }, commandName: 'listed' });
    const partial = (await get('?status=PartialFailed&commandName=listed')).json<InvocationList>();
    expect(partial.items.map((i) => i.invokeId)).toEqual([second]);
  });

  it('shows a user limited to a tag only the instances in scope', async () => {
    const invokeId = await run('echo scoped', [inside.id, outside.id]);
    await finished(invokeId);
    const detail = (await get(`/${invokeId}`, storefront)).json<InvocationDetail>();
    expect(detail.invocation).toMatchObject({ instanceCount: 1, statusCounts: { Success: 1 } });
    expect(detail.results.map((r) => r.instanceId)).toEqual([inside.id]);
    const listed = (await get(`?instanceId=${inside.id}&pageSize=50`, storefront)).json<InvocationList>().items.find((i) => i.invokeId === invokeId);
    expect(listed?.instanceCount).toBe(1);
    expect((await get(`?instanceId=${outside.id}`, storefront)).json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE' } });

    const elsewhere = await run('echo elsewhere', [outside.id]);
    expect((await get(`/${elsewhere}`, storefront)).json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE' } });
    expect((await get('?pageSize=50', storefront)).json<InvocationList>().items.map((i) => i.invokeId)).not.toContain(elsewhere);
  });

  it('answers 404 for an invocation that does not exist', async () => {
    expect((await get('/t-doesnotexist')).statusCode).toBe(404);
  });

  it('lists the executions of an invocation', async () => {
    const invokeId = await run('echo once', [inside.id]);
    await finished(invokeId);
    const history = (await get(`/${invokeId}/history`)).json();
    expect(history).toEqual({ items: [expect.objectContaining({ instanceId: inside.id, status: 'Success', output: 'once\n' })], nextCursor: null });
  });
});

describe('stopping and re-running', { timeout: 20_000 }, () => {
  it('stops an invocation (204), audited', async () => {
    const invokeId = await run('sleep 30', [inside.id]);
    const response = await app.inject({ method: 'POST', url: `${url}/${invokeId}/stop`, headers: operator.headers, payload: {} });
    expect(response.statusCode).toBe(204);
    expect((await finished(invokeId)).invocation.status).toBe('Stopped');
    const audit = (await app.inject({ method: 'GET', url: '/api/audit?action=invocation.stop', headers: admin.headers })).json<AuditPage>().items;
    expect(audit).toContainEqual(expect.objectContaining({ target: `invocation:${invokeId}`, detail: 'every instance', outcome: 'succeeded' }));
  });

  it('lets a user limited to a tag stop only the instances in scope', async () => {
    const invokeId = await run('sleep 30', [inside.id, outside.id]);
    const stop = (instanceIds?: string[]) =>
      app.inject({ method: 'POST', url: `${url}/${invokeId}/stop`, headers: storefront.headers, payload: instanceIds ? { instanceIds } : {} });
    expect((await stop([outside.id])).json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE' } });
    expect((await stop()).statusCode).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const statuses = (await get(`/${invokeId}`, admin)).json<InvocationDetail>().results;
    expect(statuses.find((r) => r.instanceId === inside.id)?.status).toMatch(/^(Stopping|Terminated|Cancelled)$/);
    expect(statuses.find((r) => r.instanceId === outside.id)?.status).toMatch(/^(Pending|Running)$/);
    await app.inject({ method: 'POST', url: `${url}/${invokeId}/stop`, headers: operator.headers, payload: {} });
  });

  it('re-runs only the failed instances with a new invocation, audited as a run', async () => {
    const original = await run(failsOnOutside(), [inside.id, outside.id]);
    await finished(original);
    const response = await app.inject({ method: 'POST', url: `${url}/${original}/rerun`, headers: operator.headers, payload: { clientToken: 'rerun-1', only: 'failed' } });
    expect(response.statusCode).toBe(201);
    const rerun = response.json<RunResult>();
    expect(rerun).toMatchObject({ instanceCount: 1, dryRun: false });
    expect(rerun.invokeId).not.toBe(original);
    const detail = await finished(rerun.invokeId!);
    expect(detail.results).toEqual([expect.objectContaining({ instanceId: outside.id, status: 'Failed', exitCode: 1 })]);
    expect(detail.invocation.content).toBe(failsOnOutside());
    const audit = (await app.inject({ method: 'GET', url: `/api/audit?action=command.run&instanceId=${outside.id}`, headers: admin.headers })).json<AuditPage>().items;
    expect(audit[0]).toMatchObject({ outcome: 'succeeded', detail: expect.stringContaining('on 1 instance') });

    const all = await app.inject({ method: 'POST', url: `${url}/${original}/rerun`, headers: operator.headers, payload: { clientToken: 'rerun-2', only: 'all' } });
    expect(all.json<RunResult>().instanceCount).toBe(2);
  });

  it('answers NO_TARGETS when nothing failed', async () => {
    const original = await run('true', [inside.id]);
    await finished(original);
    const response = await app.inject({ method: 'POST', url: `${url}/${original}/rerun`, headers: operator.headers, payload: { clientToken: 'rerun-none', only: 'failed' } });
    expect(response.json()).toMatchObject({ error: { code: 'NO_TARGETS' } });
  });

  it('refuses a viewer every change with 403', async () => {
    const invokeId = await run('true', [inside.id]);
    for (const [path, payload] of [['stop', {}], ['rerun', { clientToken: 'viewer-rerun', only: 'all' }]] as const) {
      const response = await app.inject({ method: 'POST', url: `${url}/${invokeId}/${path}`, headers: viewer.headers, payload });
      expect(response.json(), path).toMatchObject({ error: { code: 'FORBIDDEN', statusCode: 403 } });
    }
  });
});
