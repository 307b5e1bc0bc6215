import { Type, type Static } from 'typebox';
import { InstanceStatus } from './instances.ts';

export const InstanceIdString = Type.String({ pattern: '^i-[A-Za-z0-9]+$', maxLength: 64 });

/** How the user picked the machines. The BFF resolves every form to explicit ids within the user's scope. */
export const TargetSelection = Type.Union([
  Type.Object({ kind: Type.Literal('instances'), instanceIds: Type.Array(InstanceIdString, { minItems: 1, maxItems: 1000, uniqueItems: true }) }),
  Type.Object({ kind: Type.Literal('tag'), key: Type.String({ minLength: 1, maxLength: 64 }), value: Type.String({ maxLength: 128 }) }),
  Type.Object({ kind: Type.Literal('resourceGroup'), resourceGroupId: Type.String({ minLength: 1, maxLength: 64 }) }),
]);
export type TargetSelection = Static<typeof TargetSelection>;

export const AgentState = Type.Union([Type.Literal('running'), Type.Literal('stopped'), Type.Literal('not-installed')], {
  description: 'running: the Cloud Assistant agent answers; stopped: installed but the instance or agent is down',
});
export type AgentState = Static<typeof AgentState>;

export const ResolvedTarget = Type.Object({
  instanceId: Type.String(),
  instanceName: Type.String(),
  status: InstanceStatus,
  osType: Type.Union([Type.Literal('linux'), Type.Literal('windows')]),
  agent: AgentState,
  agentVersion: Type.Union([Type.String(), Type.Null()]),
});
export type ResolvedTarget = Static<typeof ResolvedTarget>;

export const ResolveTargetsBody = Type.Object({ target: TargetSelection });
export type ResolveTargetsBody = Static<typeof ResolveTargetsBody>;

export const ResolvedTargets = Type.Object({
  instances: Type.Array(ResolvedTarget),
  /** Ids asked for by id that do not exist or are out of the user's scope. */
  unknownInstanceIds: Type.Array(Type.String()),
});
export type ResolvedTargets = Static<typeof ResolvedTargets>;

export const ResourceGroupSummary = Type.Object({ id: Type.String(), instanceCount: Type.Integer() });
export const ResourceGroupList = Type.Object({ items: Type.Array(ResourceGroupSummary) });
export type ResourceGroupList = Static<typeof ResourceGroupList>;
