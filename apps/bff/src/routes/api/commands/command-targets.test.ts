import type { InstanceList, InstanceSummary, ResolvedTargets, ResourceGroupList, TargetSelection } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';
import { signedIn, type SignedInAgent } from '../../../testing/signed-in.ts';

let app: FastifyInstance;
let operator: SignedInAgent;
let storefront: SignedInAgent;
let all: InstanceSummary[];
const region = 'cn-hangzhou';
const STOREFRONT = { key: 'team', value: 'storefront' };

beforeAll(async () => {
  app = await buildTestApp();
  operator = await signedIn(app, 'operator');
  storefront = await signedIn(app, 'operator', { regions: null, tag: STOREFRONT });
  all = (await app.inject({ method: 'GET', url: `/api/regions/${region}/instances?pageSize=100`, headers: operator.headers })).json<InstanceList>().items;
});
afterAll(() => app.close());

const resolve = async (agent: SignedInAgent, target: TargetSelection) => {
  const response = await app.inject({ method: 'POST', url: `/api/regions/${region}/command-targets`, headers: agent.headers, payload: { target } });
  expect(response.statusCode).toBe(200);
  return response.json<ResolvedTargets>();
};
const hasTag = (instance: InstanceSummary, { key, value }: { key: string; value: string }) => instance.tags.some((t) => t.key === key && t.value === value);
const idsOf = (instances: readonly { id: string }[]) => instances.map((i) => i.id).sort();

describe('POST /api/regions/:region/command-targets', () => {
  it('resolves instance ids with their agent state, and lists the unknown ones apart', async () => {
    const [first, second] = all;
    const resolved = await resolve(operator, { kind: 'instances', instanceIds: [second!.id, first!.id, 'i-doesnotexist000'] });
    expect(resolved.instances.map((i) => i.instanceId)).toEqual([first!.id, second!.id].sort());
    expect(resolved.unknownInstanceIds).toEqual(['i-doesnotexist000']);
    for (const target of resolved.instances) {
      expect(target).toEqual({ instanceId: target.instanceId, instanceName: expect.any(String), status: expect.any(String), osType: 'linux', agent: expect.any(String), agentVersion: expect.toBeOneOf([null, expect.any(String)]) });
    }
  });

  it('tells an agent that runs from one that is stopped or missing', async () => {
    const resolved = await resolve(operator, { kind: 'instances', instanceIds: all.map((i) => i.id) });
    const agentOf = (id: string) => resolved.instances.find((i) => i.instanceId === id)?.agent;
    const stopped = all.find((i) => i.status === 'Stopped');
    expect(agentOf(stopped!.id)).toBe('stopped');
    expect(resolved.instances.some((i) => i.agent === 'running')).toBe(true);
    expect(resolved.instances.some((i) => i.agent === 'not-installed' && i.agentVersion === null)).toBe(true);
  });

  it('resolves a tag to exactly the instances carrying it', async () => {
    const resolved = await resolve(operator, { kind: 'tag', key: 'env', value: 'staging' });
    expect(resolved.instances.map((i) => i.instanceId)).toEqual(idsOf(all.filter((i) => hasTag(i, { key: 'env', value: 'staging' }))));
    expect(resolved.unknownInstanceIds).toEqual([]);
  });

  it('resolves a resource group, and lists the groups with their counts', async () => {
    const groups = (await app.inject({ method: 'GET', url: `/api/regions/${region}/resource-groups`, headers: operator.headers })).json<ResourceGroupList>().items;
    expect(groups.reduce((sum, group) => sum + group.instanceCount, 0)).toBe(all.length);
    const [group] = groups;
    const resolved = await resolve(operator, { kind: 'resourceGroup', resourceGroupId: group!.id });
    expect(resolved.instances).toHaveLength(group!.instanceCount);
  });

  it('keeps a user limited to a tag to the instances carrying it, and does not say which ids exist', async () => {
    const outside = all.find((i) => !hasTag(i, STOREFRONT))!;
    const inside = all.find((i) => hasTag(i, STOREFRONT))!;
    const resolved = await resolve(storefront, { kind: 'instances', instanceIds: [inside.id, outside.id, 'i-doesnotexist000'] });
    expect(resolved.instances.map((i) => i.instanceId)).toEqual([inside.id]);
    expect(resolved.unknownInstanceIds).toEqual([outside.id, 'i-doesnotexist000']);
    const byTag = await resolve(storefront, { kind: 'tag', key: 'env', value: 'prod' });
    expect(byTag.instances.map((i) => i.instanceId)).toEqual(idsOf(all.filter((i) => hasTag(i, STOREFRONT) && hasTag(i, { key: 'env', value: 'prod' }))));
    const groups = (await app.inject({ method: 'GET', url: `/api/regions/${region}/resource-groups`, headers: storefront.headers })).json<ResourceGroupList>().items;
    expect(groups.reduce((sum, group) => sum + group.instanceCount, 0)).toBe(all.filter((i) => hasTag(i, STOREFRONT)).length);
  });

  it('is for operators: a viewer gets 403', async () => {
    const viewer = await signedIn(app, 'viewer');
    const response = await app.inject({ method: 'POST', url: `/api/regions/${region}/command-targets`, headers: viewer.headers, payload: { target: { kind: 'tag', key: 'env', value: 'prod' } } });
    expect(response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});
