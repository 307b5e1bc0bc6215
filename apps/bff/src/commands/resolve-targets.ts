import type { CloudAssistantStatus, CloudInstance } from '@porthole/cloud';
import type { AgentState, ResolvedTarget, ResolvedTargets, TargetSelection } from '@porthole/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toInstanceSummary } from '../routes/api/instances/instance-mapping.ts';
import { allInstances, chunks, instancesByIds } from './instance-lookup.ts';

// DescribeCloudAssistantStatus takes at most 50 instance ids.
const AGENT_BATCH = 50;

function instancesSelected(app: FastifyInstance, regionId: string, target: TargetSelection): Promise<CloudInstance[]> {
  switch (target.kind) {
    case 'instances':
      return instancesByIds(app, regionId, target.instanceIds).then((found) => [...found.values()]);
    case 'tag':
      // Matched exactly here as well: how the cloud reads an empty tag value is not something to rely on.
      return allInstances(app, { regionId, tag: { key: target.key, value: target.value } }).then((found) =>
        found.filter((instance) => instance.tags.some((tag) => tag.key === target.key && tag.value === target.value)),
      );
    case 'resourceGroup':
      return allInstances(app, { regionId, resourceGroupId: target.resourceGroupId });
  }
}

async function agentStatuses(app: FastifyInstance, regionId: string, instanceIds: readonly string[]): Promise<Map<string, CloudAssistantStatus>> {
  const batches = await Promise.all(chunks(instanceIds, AGENT_BATCH).map((ids) => app.cloud.describeCloudAssistantStatus(regionId, ids)));
  return new Map(batches.flat().map((status) => [status.instanceId, status]));
}

function agentState(status: CloudAssistantStatus | undefined): AgentState {
  if (status?.version === undefined) return 'not-installed';
  return status.online ? 'running' : 'stopped';
}

function toResolvedTarget(instance: CloudInstance, agent: CloudAssistantStatus | undefined): ResolvedTarget {
  const { id, name, status, osType } = toInstanceSummary(instance);
  return { instanceId: id, instanceName: name, status, osType, agent: agentState(agent), agentVersion: agent?.version ?? null };
}

/**
 * The explicit instances a selection means for this user, sorted by id: in the region (which must be in
 * the user's scope) and carrying the user's scope tag, with their agents' state. Ids asked for that do not
 * exist or are out of scope come back apart, alike, so the answer does not tell which.
 */
export async function resolveTargets(app: FastifyInstance, request: FastifyRequest, regionId: string, target: TargetSelection): Promise<ResolvedTargets> {
  app.auth.scope.assertRegion(request, regionId);
  const selected = await instancesSelected(app, regionId, target);
  const inScope = selected
    .filter((instance) => app.auth.scope.allowsInstance(request, instance.tags))
    .sort((a, b) => a.instanceId.localeCompare(b.instanceId));
  const agents = await agentStatuses(app, regionId, inScope.map((instance) => instance.instanceId));
  const resolved = new Set(inScope.map((instance) => instance.instanceId));
  return {
    instances: inScope.map((instance) => toResolvedTarget(instance, agents.get(instance.instanceId))),
    unknownInstanceIds: target.kind === 'instances' ? target.instanceIds.filter((id) => !resolved.has(id)) : [],
  };
}
