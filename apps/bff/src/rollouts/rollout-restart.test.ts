import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RolloutDetail } from '@porthole/contract';
import { startLocalcloud, type Localcloud } from '@porthole/localcloud';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRollout, invocationCount, reachableInstances, rolloutBody, waitForRollout } from '../routes/api/rollouts/rollout-fixtures.ts';
import { buildTestApp } from '../testing/build-test-app.ts';
import { signedIn, signInAs, TEST_USER_PASSWORD } from '../testing/signed-in.ts';

// One cloud and one database that outlive the BFF: what a restart of the BFF process leaves behind.
let cloud: Localcloud;
let dataDir: string;
beforeAll(async () => {
  cloud = await startLocalcloud({ host: '127.0.0.1', port: 0, timing: 'fast' });
  dataDir = mkdtempSync(join(tmpdir(), 'porthole-rollout-restart-'));
});
afterAll(async () => {
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const bff = () => buildTestApp({ env: { PORTHOLE_CLOUD_ENDPOINT: cloud.endpoint, PORTHOLE_DATA_DIR: dataDir } });

it('carries on after a BFF restart from the stored state, never sending a batch twice', { timeout: 60_000 }, async () => {
  const first = await bff();
  let second: FastifyInstance | undefined;
  try {
    const operator = await signedIn(first, 'operator');
    const instances = (await reachableInstances(first)).slice(0, 6);
    const before = await invocationCount(first);
    const body = rolloutBody(instances, { command: { kind: 'inline', type: 'RunShellScript', content: 'sleep 1; echo done', name: 'slow patch' } });
    const created = await createRollout(first, operator, body);
    const sent = await waitForRollout(first, operator, created.rollout.id, (d) => d.batches[0]?.invokeId !== null);
    await first.close();

    // As if the BFF had died after the cloud accepted batch 1 but before it saved the InvokeId.
    second = await bff();
    const stored = await second.rollouts.repository.findById(created.rollout.id);
    if (!stored) throw new Error('the rollout is gone');
    const batches = stored.batches.map((b) => (b.index === 0 ? { ...b, invokeId: null, results: [] } : b));
    await second.rollouts.repository.update(stored.id, stored.version, { batches, updatedAt: stored.updatedAt });

    const agent = await signInAs(second, operator.user.name, TEST_USER_PASSWORD);
    const done: RolloutDetail = await waitForRollout(second, agent, created.rollout.id, (d) => d.rollout.status !== 'running');
    expect([done.rollout.status, done.rollout.succeeded, ...done.batches.map((b) => b.status)]).toEqual(['succeeded', 6, 'succeeded', 'succeeded', 'succeeded']);
    // Sent again with the same ClientToken, batch 1 got its first InvokeId back: three batches, three invocations.
    expect(done.batches[0]?.invokeId).toBe(sent.batches[0]?.invokeId);
    expect(new Set(done.batches.map((b) => b.invokeId)).size).toBe(3);
    expect((await invocationCount(second)) - before).toBe(3);
  } finally {
    await first.close();
    await second?.close();
  }
});
