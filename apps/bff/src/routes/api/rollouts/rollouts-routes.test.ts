import type { RolloutList } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';
import { auditOf, createRollout, decide, errorOf, getRollout, postRollout, reachableInstances, REGION, rolloutBody, waitForRollout, type TestInstance } from './rollout-fixtures.ts';

const STOREFRONT = { key: 'team', value: 'storefront' };

let app: FastifyInstance;
let viewer: SignedInAgent;
let operator: SignedInAgent;
let storefrontOperator: SignedInAgent;
let instances: TestInstance[];
beforeAll(async () => {
  app = await buildTestApp();
  viewer = await signedIn(app, 'viewer');
  operator = await signedIn(app, 'operator');
  storefrontOperator = await signedIn(app, 'operator', { regions: [REGION], tag: STOREFRONT });
  instances = await reachableInstances(app);
});
afterAll(() => app.close());

const list = (agent: SignedInAgent, region = REGION) => app.inject({ method: 'GET', url: `/api/regions/${region}/rollouts`, headers: agent.headers });
const idsIn = async (agent: SignedInAgent) => (await list(agent)).json<RolloutList>().items.map((r) => r.id);

// Rollouts run their scripts for real; under a loaded machine that takes a moment.
describe('rollout routes', { timeout: 30_000 }, () => {
  it('let viewers read rollouts but not create, continue or cancel them', async () => {
    const { rollout } = await createRollout(app, operator, rolloutBody(instances.slice(0, 2)));
    expect(await idsIn(viewer)).toContain(rollout.id);
    expect((await getRollout(app, viewer, rollout.id)).json()).toMatchObject({ rollout: { id: rollout.id } });
    expect(errorOf(await postRollout(app, viewer, rolloutBody(instances.slice(0, 2))))).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
    expect(errorOf(await decide(app, viewer, rollout.id, 'continue'))).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
    expect(errorOf(await decide(app, viewer, rollout.id, 'cancel'))).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 });
  });

  it('answer a retried create with the same rollout, made and audited once', async () => {
    const body = rolloutBody(instances.slice(0, 3), { maxConcurrency: 3 });
    const first = await createRollout(app, operator, body);
    const again = await createRollout(app, operator, body);
    expect(again.rollout.id).toBe(first.rollout.id);
    expect((await idsIn(operator)).filter((id) => id === first.rollout.id)).toHaveLength(1);
    expect((await auditOf(app, 'rollout.create')).filter((e) => e.target === `rollout:${first.rollout.id}`)).toMatchObject([
      { userId: operator.user.id, regionId: REGION, outcome: 'succeeded', detail: 'patch on 3 instances in 1 batch of at most 3; halts after more than 1 failure' },
    ]);
  });

  it('run a saved command, listed under its name', async () => {
    const { commandId } = await app.cloud.createCommand({ regionId: REGION, name: 'rotate-logs', type: 'RunShellScript', content: 'echo rotated' });
    const created = await createRollout(app, operator, rolloutBody(instances.slice(0, 2), { command: { kind: 'saved', commandId } }));
    expect(created.rollout.commandName).toBe('rotate-logs');
    const done = await waitForRollout(app, operator, created.rollout.id, (d) => d.rollout.status !== 'running');
    expect([done.rollout.status, done.rollout.succeeded]).toEqual(['succeeded', 2]);
  });

  it('list newest first', async () => {
    const older = await createRollout(app, operator, rolloutBody(instances.slice(0, 1)));
    const newer = await createRollout(app, operator, rolloutBody(instances.slice(1, 2)));
    const ids = await idsIn(operator);
    expect(ids.indexOf(newer.rollout.id)).toBeLessThan(ids.indexOf(older.rollout.id));
  });

  it('refuse a selection of no instance, and ids that do not exist or are out of scope', async () => {
    const none = rolloutBody([], { target: { kind: 'tag', key: 'team', value: 'nobody-has-this' } });
    expect(errorOf(await postRollout(app, operator, none))).toMatchObject({ code: 'NO_TARGETS', statusCode: 400 });
    const unknown = rolloutBody([{ instanceId: 'i-doesnotexist', hostName: '' }]);
    expect(errorOf(await postRollout(app, operator, unknown))).toMatchObject({ code: 'OUT_OF_SCOPE', statusCode: 403 });
    // The scoped operator's tag covers only some of these instances.
    expect(errorOf(await postRollout(app, storefrontOperator, rolloutBody(instances)))).toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(errorOf(await postRollout(app, operator, rolloutBody(instances, { command: { kind: 'saved', commandId: 'c-doesnotexist' } })))).toMatchObject({ statusCode: 404 });
  });

  it('show a user limited to a tag only their own rollouts, over only their instances', async () => {
    const others = await createRollout(app, operator, rolloutBody(instances.slice(0, 1)));
    const own = await createRollout(app, storefrontOperator, rolloutBody([], { target: { kind: 'tag', ...STOREFRONT } }));
    expect(own.rollout.instanceCount).toBeGreaterThan(0);
    expect(await idsIn(storefrontOperator)).toEqual([own.rollout.id]);
    expect(errorOf(await getRollout(app, storefrontOperator, others.rollout.id))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    expect(errorOf(await decide(app, storefrontOperator, others.rollout.id, 'cancel'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await list(storefrontOperator, 'cn-shanghai'))).toMatchObject({ code: 'OUT_OF_SCOPE', statusCode: 403 });
  });

  it('refuse to continue a rollout that is not paused', async () => {
    const { rollout } = await createRollout(app, operator, rolloutBody(instances.slice(0, 2)));
    expect(errorOf(await decide(app, operator, rollout.id, 'continue'))).toMatchObject({ code: 'ROLLOUT_STATE', statusCode: 409 });
    expect(errorOf(await decide(app, operator, 'no-such-rollout', 'continue'))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
  });
});
