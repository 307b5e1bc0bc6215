import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditOf,
  createRollout,
  decide,
  errorOf,
  failingOn,
  invocationCount,
  reachableInstances,
  rolloutBody,
  waitForRollout,
  type TestInstance,
} from '../routes/api/rollouts/rollout-fixtures.ts';
import { buildTestApp } from '../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
let instances: TestInstance[];
beforeAll(async () => {
  app = await buildTestApp();
  operator = await signedIn(app, 'operator');
  instances = await reachableInstances(app);
});
afterAll(() => app.close());

const invokeIdsOf = (batches: { invokeId: string | null }[]) => batches.map((b) => b.invokeId).filter((id) => id !== null);

// Scripts run for real in the instances' sandboxes: each batch takes a moment.
describe('the rollout runner', { timeout: 60_000 }, () => {
  it('halts after the batch in which failures pass the threshold, and runs nothing after it', async () => {
    expect(instances).toHaveLength(8);
    const before = await invocationCount(app);
    // Batches of two: the 1st failure is in batch 2, the 2nd in batch 3, so batch 4 never runs.
    const body = rolloutBody(instances, { command: { kind: 'inline', type: 'RunShellScript', content: failingOn([instances[2]!, instances[4]!]), name: 'patch' } });
    const created = await createRollout(app, operator, body);
    expect(created.rollout).toMatchObject({ status: 'running', instanceCount: 8, commandName: 'patch', createdBy: operator.user.name });
    expect(created.batches.map((b) => b.results.map((r) => r.instanceId))).toEqual([0, 2, 4, 6].map((i) => [instances[i]!.instanceId, instances[i + 1]!.instanceId]));

    const done = await waitForRollout(app, operator, created.rollout.id, (d) => d.rollout.status !== 'running');
    expect(done.rollout).toMatchObject({ status: 'halted', succeeded: 4, failed: 2, stoppedReason: '2 instances failed, more than the 1 allowed.' });
    expect(done.batches.map((b) => b.status)).toEqual(['succeeded', 'failed', 'failed', 'skipped']);
    expect(done.batches[1]?.results.map((r) => [r.status, r.exitCode])).toEqual([['Failed', 3], ['Success', 0]]);
    expect(done.batches[3]).toMatchObject({ invokeId: null, startedAt: null, results: [{ status: 'NotStarted' }, { status: 'NotStarted' }] });
    expect(invokeIdsOf(done.batches)).toHaveLength(3);
    expect((await invocationCount(app)) - before).toBe(3);

    const runs = (await auditOf(app, 'command.run')).filter((e) => e.target === `rollout:${created.rollout.id}`);
    expect(runs.map((e) => [e.userName, e.outcome])).toEqual(Array(3).fill([operator.user.name, 'succeeded']));
    const [halt] = (await auditOf(app, 'rollout.halt')).filter((e) => e.target === `rollout:${created.rollout.id}`);
    expect(halt).toMatchObject({ userId: operator.user.id, outcome: 'succeeded', detail: '2 failed, 4 succeeded of 8 instances; at most 1 failure allowed' });
  });

  it('pauses after the first batch until someone continues it', async () => {
    const created = await createRollout(app, operator, rolloutBody(instances.slice(0, 5), { pauseAfterFirstBatch: true }));
    const paused = await waitForRollout(app, operator, created.rollout.id, (d) => d.rollout.status !== 'running');
    expect([paused.rollout.status, ...paused.batches.map((b) => b.status)]).toEqual(['paused', 'succeeded', 'waiting', 'waiting']);
    // A paused rollout stays put however often the runner looks.
    const version = (await app.rollouts.repository.findById(created.rollout.id))?.version;
    await app.rollouts.runner.runOnce();
    expect((await app.rollouts.repository.findById(created.rollout.id))?.version).toBe(version);

    const continued = await decide(app, operator, created.rollout.id, 'continue');
    expect(continued.statusCode).toBe(200);
    expect(continued.json()).toMatchObject({ rollout: { status: 'running' }, batches: [{ status: 'succeeded' }, { status: 'running' }, { status: 'waiting' }] });
    const done = await waitForRollout(app, operator, created.rollout.id, (d) => d.rollout.status !== 'running');
    expect([done.rollout.status, done.rollout.succeeded, ...done.batches.map((b) => b.status)]).toEqual(['succeeded', 5, 'succeeded', 'succeeded', 'succeeded']);
    expect((await auditOf(app, 'rollout.continue')).at(-1)).toMatchObject({ target: `rollout:${created.rollout.id}`, outcome: 'succeeded' });
  });

  it('cancels: stops the running batch and starts no other', async () => {
    const before = await invocationCount(app);
    const body = rolloutBody(instances.slice(0, 4), { command: { kind: 'inline', type: 'RunShellScript', content: 'sleep 60', name: 'slow' } });
    const created = await createRollout(app, operator, body);
    await waitForRollout(app, operator, created.rollout.id, (d) => d.batches[0]?.results.some((r) => r.status === 'Running') ?? false);

    const cancelled = await decide(app, operator, created.rollout.id, 'cancel');
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ rollout: { status: 'cancelled', stoppedReason: `Cancelled by ${operator.user.name}.` }, batches: [{ status: 'running' }, { status: 'skipped' }] });
    const done = await waitForRollout(app, operator, created.rollout.id, (d) => d.batches[0]?.status !== 'running');
    expect(done.batches.map((b) => b.status)).toEqual(['failed', 'skipped']);
    expect(done.batches[0]?.results.map((r) => r.status)).toEqual(['Terminated', 'Terminated']);
    expect((await invocationCount(app)) - before).toBe(1);
    expect((await auditOf(app, 'rollout.cancel')).at(-1)).toMatchObject({ target: `rollout:${created.rollout.id}`, outcome: 'succeeded' });
    expect(errorOf(await decide(app, operator, created.rollout.id, 'cancel'))).toMatchObject({ code: 'ROLLOUT_STATE', statusCode: 409 });
  });

  it('stops with an error, in the cloud\'s words, when the cloud refuses a batch', async () => {
    const before = await invocationCount(app);
    // Parameters for a command that takes none: the cloud refuses the run (Parameter.Disabled).
    const created = await createRollout(app, operator, rolloutBody(instances.slice(0, 4), { parameters: { greeting: 'hello' } }));
    const done = await waitForRollout(app, operator, created.rollout.id, (d) => d.rollout.status !== 'running');
    expect(done.rollout.status).toBe('error');
    expect(done.rollout.stoppedReason).toMatch(/^The cloud refused batch 1: Parameter\.Disabled: /);
    expect(done.batches.map((b) => [b.status, b.invokeId])).toEqual([['failed', null], ['skipped', null]]);
    expect((await invocationCount(app)) - before).toBe(0);
    expect((await auditOf(app, 'command.run')).filter((e) => e.target === `rollout:${created.rollout.id}`)).toMatchObject([{ outcome: 'failed', errorCode: 'CLOUD_BAD_REQUEST' }]);
  });
});
