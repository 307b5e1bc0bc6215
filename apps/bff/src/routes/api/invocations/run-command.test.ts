import type { AuditPage, CommandSummary, InstanceList, InstanceSummary, InvocationDetail, ResolvedTargets, RunResult } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
let admin: SignedInAgent;
let running: InstanceSummary[];
const region = 'cn-hangzhou';
const url = `/api/regions/${region}/invocations`;

beforeAll(async () => {
  app = await buildTestApp();
  [operator, admin] = await Promise.all([signedIn(app, 'operator'), signedIn(app, 'admin')]);
  const list = (await app.inject({ method: 'GET', url: `/api/regions/${region}/instances?status=Running&pageSize=100`, headers: operator.headers })).json<InstanceList>();
  const targets = await app.inject({ method: 'POST', url: `/api/regions/${region}/command-targets`, headers: operator.headers, payload: { target: { kind: 'instances', instanceIds: list.items.map((i) => i.id) } } });
  // Newest agent first: schedules need 2.2.3.282 or later, and the seed has older agents (and one without).
  const agents = new Map(targets.json<ResolvedTargets>().instances.filter((t) => t.agent === 'running').map((t) => [t.instanceId, t.agentVersion ?? '']));
  running = list.items.filter((i) => agents.has(i.id)).sort((a, b) => agents.get(b.id)!.localeCompare(agents.get(a.id)!, 'en', { numeric: true }));
});
afterAll(() => app.close());

let tokens = 0;
const ids = (count: number) => running.slice(0, count).map((i) => i.id);
const inline = (content: string) => ({ kind: 'inline', type: 'RunShellScript', content });
const run = (body: Record<string, unknown>, agent = operator) =>
  app.inject({ method: 'POST', url, headers: agent.headers, payload: { clientToken: `run-${++tokens}`, schedule: { kind: 'now' }, target: { kind: 'instances', instanceIds: ids(1) }, ...body } });
const invocationCount = async () => (await app.cloud.describeInvocations({ regionId: region, maxResults: 50 })).totalCount;

async function finished(invokeId: string): Promise<InvocationDetail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const detail = (await app.inject({ method: 'GET', url: `${url}/${invokeId}`, headers: operator.headers })).json<InvocationDetail>();
    if (['Success', 'Failed', 'PartialFailed', 'Stopped'].includes(detail.invocation.status)) return detail;
    if (Date.now() > deadline) throw new Error(`${invokeId} is still ${detail.invocation.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The scripts run as real processes in the localcloud's sandboxes: on a busy machine that takes seconds.
describe('POST /api/regions/:region/invocations', { timeout: 20_000 }, () => {
  it('runs inline content on three instances and reports each output and exit code; audited before it ran', async () => {
    const response = await run({ command: inline('echo "hi from $(hostname)"; exit 0'), target: { kind: 'instances', instanceIds: ids(3) } });
    expect(response.statusCode).toBe(201);
    const result = response.json<RunResult>();
    expect(result).toEqual({ invokeId: expect.stringMatching(/^t-/), commandId: expect.stringMatching(/^c-/), instanceCount: 3, dryRun: false });
    const detail = await finished(result.invokeId!);
    expect(detail.invocation).toMatchObject({ status: 'Success', instanceCount: 3, statusCounts: { Success: 3 }, repeatMode: 'Once', content: 'echo "hi from $(hostname)"; exit 0' });
    expect(detail.results.map((r) => r.instanceId).sort()).toEqual(ids(3).sort());
    for (const r of detail.results) expect(r).toMatchObject({ status: 'Success', exitCode: 0, output: expect.stringMatching(/^hi from \S+\n$/), instanceName: expect.any(String) });

    const audit = (await app.inject({ method: 'GET', url: '/api/audit?action=command.run', headers: admin.headers })).json<AuditPage>().items;
    expect(audit).toContainEqual(
      expect.objectContaining({ userId: operator.user.id, regionId: region, target: 'inline:RunShellScript', outcome: 'succeeded', detail: expect.stringContaining(`on 3 instances (${ids(3).sort().join(', ')}), now`) }),
    );
  });

  it('runs a saved command with its parameters', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/regions/${region}/commands`,
      headers: operator.headers,
      payload: { clientToken: 'saved-greet', name: 'greet', type: 'RunShellScript', content: 'echo "hello {{name}}"', enableParameter: true },
    });
    const { id } = created.json<CommandSummary>();
    const response = await run({ command: { kind: 'saved', commandId: id }, parameters: { name: 'Jack' } });
    expect(response.json<RunResult>()).toMatchObject({ commandId: id, instanceCount: 1 });
    const [result] = (await finished(response.json<RunResult>().invokeId!)).results;
    expect(result?.output).toBe('hello Jack\n');
  });

  it('creates one invocation when the same run is posted twice (a retried request)', async () => {
    const before = await invocationCount();
    const body = { clientToken: 'retried-run', command: inline('echo once'), target: { kind: 'instances', instanceIds: ids(2) } };
    const [first, second] = [await run(body), await run(body)];
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json<RunResult>().invokeId).toBe(first.json<RunResult>().invokeId);
    expect(await invocationCount()).toBe(before + 1);
  });

  it('checks a dry run without running anything', async () => {
    const before = await invocationCount();
    const response = await run({ command: inline('true'), dryRun: true, schedule: { kind: 'rate', every: 5, unit: 'm' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ invokeId: null, commandId: null, instanceCount: 1, dryRun: true });
    expect(await invocationCount()).toBe(before);
  });

  it('refuses a selection that matches no instance with NO_TARGETS', async () => {
    const response = await run({ command: inline('true'), target: { kind: 'tag', key: 'team', value: 'nobody' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'NO_TARGETS' } });
  });

  it.each([
    ['an interval not longer than the timeout', { kind: 'rate', every: 1, unit: 'm' }, /longer than the timeout/],
    ['a time in the past', { kind: 'at', local: '2020-01-01 00:00:00', timeZone: 'Asia/Shanghai' }, /no run time after now/],
    ['a cron with a bad field', { kind: 'cron', expression: '0 0 25 * * ?', timeZone: 'UTC' }, /./],
    ['an unknown time zone', { kind: 'cron', expression: '0 0 2 * * ?', timeZone: 'Mars/Olympus' }, /./],
  ])('refuses %s with INVALID_SCHEDULE and the reason', async (_name, schedule, reason) => {
    const before = await invocationCount();
    const response = await run({ command: inline('true'), schedule, timeoutSeconds: 60 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'INVALID_SCHEDULE', message: expect.stringMatching(reason) } });
    expect(await invocationCount()).toBe(before);
  });

  it('schedules a periodic run', async () => {
    const response = await run({ command: inline('date'), schedule: { kind: 'cron', expression: '0 0 2 * * ?', timeZone: 'Asia/Shanghai' } });
    const detail = (await app.inject({ method: 'GET', url: `${url}/${response.json<RunResult>().invokeId}`, headers: operator.headers })).json<InvocationDetail>();
    expect(detail.invocation).toMatchObject({ repeatMode: 'Period', frequency: '0 0 2 * * ? Asia/Shanghai', status: 'Scheduled' });
  });

  it.each([
    ['IdempotentParameterMismatch', async () => {
      await run({ clientToken: 'reused', command: inline('echo a') });
      return run({ clientToken: 'reused', command: inline('echo b') });
    }],
    ['CmdContent.ExceedLimit', () => run({ command: inline(`echo ${'x'.repeat(30_000)}`) })],
    ['Parameter.Disabled', () => run({ command: inline('echo hi'), parameters: { name: 'x' } })],
    ['InvalidParam.Frequency', async () => {
      // The command's own timeout is the cloud's to check the interval against.
      const created = await app.inject({ method: 'POST', url: `/api/regions/${region}/commands`, headers: operator.headers, payload: { clientToken: 'slow', name: 'slow', type: 'RunShellScript', content: 'true', timeoutSeconds: 600 } });
      return run({ command: { kind: 'saved', commandId: created.json<CommandSummary>().id }, schedule: { kind: 'rate', every: 5, unit: 'm' } });
    }],
    ['Parameter.NotMatched', async () => {
      const created = await app.inject({ method: 'POST', url: `/api/regions/${region}/commands`, headers: operator.headers, payload: { clientToken: 'param-a', name: 'param-a', type: 'RunShellScript', content: 'echo {{a}}', enableParameter: true } });
      return run({ command: { kind: 'saved', commandId: created.json<CommandSummary>().id }, parameters: { b: 'x' } });
    }],
  ])('answers the cloud refusal %s with a 4xx that carries the cloud code', async (code, attempt) => {
    const response = await attempt();
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json()).toMatchObject({ error: { code: 'CLOUD_BAD_REQUEST', cloud: { code, message: expect.any(String), requestId: expect.any(String) } } });
  });

  it('audits a refused run as failed, with the cloud RequestId', async () => {
    const response = await run({ command: inline('echo hi'), parameters: { refused: 'yes' } });
    const audit = (await app.inject({ method: 'GET', url: '/api/audit?action=command.run&outcome=failed', headers: admin.headers })).json<AuditPage>().items;
    expect(audit).toContainEqual(expect.objectContaining({ errorCode: 'CLOUD_BAD_REQUEST', cloudRequestId: response.json().error.cloud.requestId }));
  });
});

describe('who may run where', () => {
  it('refuses a viewer with 403', async () => {
    const viewer = await signedIn(app, 'viewer');
    expect((await run({ command: inline('true') }, viewer)).json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses a run that includes an instance outside the user’s tag scope, and runs on those inside', async () => {
    const storefront = await signedIn(app, 'operator', { regions: null, tag: { key: 'team', value: 'storefront' } });
    const inside = running.filter((i) => i.tags.some((t) => t.key === 'team' && t.value === 'storefront'));
    const outside = running.find((i) => !inside.includes(i))!;
    const before = await invocationCount();
    const refused = await run({ command: inline('true'), target: { kind: 'instances', instanceIds: [inside[0]!.id, outside.id] } }, storefront);
    expect(refused.json()).toMatchObject({ error: { code: 'OUT_OF_SCOPE', statusCode: 403 } });
    expect(await invocationCount()).toBe(before);
    const byTag = await run({ command: inline('true'), target: { kind: 'tag', key: 'env', value: 'prod' } }, storefront);
    expect(byTag.json<RunResult>().instanceCount).toBe(inside.filter((i) => i.tags.some((t) => t.key === 'env' && t.value === 'prod')).length);
  });

  it('answers NOT_FOUND for an id that does not exist, to a user without a tag scope', async () => {
    const response = await run({ command: inline('true'), target: { kind: 'instances', instanceIds: ['i-doesnotexist000'] } });
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND', statusCode: 404 } });
  });
});
