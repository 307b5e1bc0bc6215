import { setTimeout as sleep } from 'node:timers/promises';
import type { CreateRolloutBody, ErrorEnvelope, RolloutDetail } from '@porthole/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SignedInAgent } from '../../../testing/signed-in.ts';

export const REGION = 'cn-hangzhou';

export interface TestInstance {
  instanceId: string;
  hostName: string;
}

/** The region's running Linux instances whose Cloud Assistant agent answers: eight in the seed world. */
export async function reachableInstances(app: FastifyInstance): Promise<TestInstance[]> {
  const { instances } = await app.cloud.describeInstances({ regionId: REGION, pageSize: 100 });
  const running = instances.filter((i) => i.status === 'Running' && i.osType.toLowerCase() === 'linux');
  const agents = await app.cloud.describeCloudAssistantStatus(REGION, running.map((i) => i.instanceId));
  const online = new Set(agents.filter((a) => a.online).map((a) => a.instanceId));
  return running.filter((i) => online.has(i.instanceId)).map(({ instanceId, hostName }) => ({ instanceId, hostName }));
}

/** A script that fails (exit 3) on these hosts and succeeds elsewhere. */
export const failingOn = (hosts: readonly TestInstance[]): string =>
  `case "$HOSTNAME" in\n  ${hosts.map((h) => h.hostName).join('|')}) echo "failing on purpose"; exit 3;;\nesac\necho "patched $HOSTNAME"\n`;

let tokens = 0;
export function rolloutBody(instances: readonly TestInstance[], overrides: Partial<CreateRolloutBody> = {}): CreateRolloutBody {
  tokens += 1;
  return {
    clientToken: `rollout-test-${process.pid}-${tokens}`,
    target: { kind: 'instances', instanceIds: instances.map((i) => i.instanceId) },
    command: { kind: 'inline', type: 'RunShellScript', content: 'echo "patched $HOSTNAME"', name: 'patch' },
    maxConcurrency: 2,
    maxFailures: 1,
    ...overrides,
  };
}

export const postRollout = (app: FastifyInstance, agent: SignedInAgent, body: CreateRolloutBody) =>
  app.inject({ method: 'POST', url: `/api/regions/${REGION}/rollouts`, headers: agent.headers, payload: body });

export async function createRollout(app: FastifyInstance, agent: SignedInAgent, body: CreateRolloutBody): Promise<RolloutDetail> {
  const response = await postRollout(app, agent, body);
  if (response.statusCode !== 201) throw new Error(`creating a rollout failed: ${response.statusCode} ${response.body}`);
  return response.json<RolloutDetail>();
}

export const getRollout = (app: FastifyInstance, agent: SignedInAgent, id: string) =>
  app.inject({ method: 'GET', url: `/api/regions/${REGION}/rollouts/${id}`, headers: agent.headers });

export const decide = (app: FastifyInstance, agent: SignedInAgent, id: string, decision: 'continue' | 'cancel') =>
  app.inject({ method: 'POST', url: `/api/regions/${REGION}/rollouts/${id}/${decision}`, headers: agent.headers });

/** Drives the runner (scripts run for real, so this takes a moment) until the rollout is as wanted. */
export async function waitForRollout(app: FastifyInstance, agent: SignedInAgent, id: string, done: (detail: RolloutDetail) => boolean): Promise<RolloutDetail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await app.rollouts.runner.runOnce();
    const detail = (await getRollout(app, agent, id)).json<RolloutDetail>();
    if (done(detail)) return detail;
    if (Date.now() > deadline) throw new Error(`rollout ${id} did not get there: ${JSON.stringify(detail.rollout)}`);
    await sleep(100);
  }
}

/** How many invocations the cloud has in the region. */
export async function invocationCount(app: FastifyInstance): Promise<number> {
  return (await app.cloud.describeInvocations({ regionId: REGION, maxResults: 50 })).totalCount;
}

export const errorOf = (response: LightMyRequestResponse) => response.json<ErrorEnvelope>().error;

export const auditOf = (app: FastifyInstance, action: string) =>
  app.storage.db.selectFrom('auditEvents').selectAll().where('action', '=', action).orderBy('startedAt').execute();
