import type { CloudAssistantStatus, CloudInstance } from '@porthole/cloud';
import type { CloudAssistantState, InstanceDetail, InstanceStatus, InstanceSummary } from '@porthole/contract';

const STATUSES: readonly string[] = ['Pending', 'Starting', 'Running', 'Stopping', 'Stopped'] satisfies InstanceStatus[];

// The five statuses are all ECS documents; anything else would be a transition we do not know yet.
const statusOf = (status: string): InstanceStatus => (STATUSES.includes(status) ? (status as InstanceStatus) : 'Pending');

/** ECS gives minute precision (2017-12-10T04:04Z); the contract promises full ISO 8601 UTC. */
export function isoUtc(time: string): string {
  const parsed = Date.parse(time);
  return Number.isNaN(parsed) ? time : new Date(parsed).toISOString();
}

export function toInstanceSummary(instance: CloudInstance): InstanceSummary {
  return {
    id: instance.instanceId,
    name: instance.instanceName,
    status: statusOf(instance.status),
    regionId: instance.regionId,
    zoneId: instance.zoneId,
    instanceType: instance.instanceType,
    cpu: instance.cpu,
    memoryMiB: instance.memoryMiB,
    osType: instance.osType === 'windows' ? 'windows' : 'linux',
    osName: instance.osName,
    publicIps: [...instance.publicIpAddresses],
    privateIps: [...instance.privateIpAddresses],
    ...(instance.eipAddress === undefined ? {} : { eip: instance.eipAddress }),
    tags: instance.tags.map((tag) => ({ key: tag.key, value: tag.value })),
    creationTime: isoUtc(instance.creationTime),
  };
}

const OFFLINE_ASSISTANT: CloudAssistantState = { online: false, supportsSessionManager: false };

function toCloudAssistantState(status: CloudAssistantStatus | undefined): CloudAssistantState {
  if (!status) return OFFLINE_ASSISTANT;
  return {
    online: status.online,
    ...(status.version === undefined ? {} : { version: status.version }),
    ...(status.lastHeartbeatTime === undefined ? {} : { lastHeartbeatTime: status.lastHeartbeatTime }),
    supportsSessionManager: status.supportSessionManager,
  };
}

export function toInstanceDetail(instance: CloudInstance, assistant: CloudAssistantStatus | undefined): InstanceDetail {
  const optional = {
    startTime: instance.startTime === undefined ? undefined : isoUtc(instance.startTime),
    stoppedMode: instance.stoppedMode,
    vpcId: instance.vpcId,
    vSwitchId: instance.vSwitchId,
    keyPairName: instance.keyPairName,
  };
  return {
    ...toInstanceSummary(instance),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    description: instance.description,
    hostName: instance.hostName,
    imageId: instance.imageId,
    chargeType: instance.instanceChargeType,
    securityGroupIds: [...instance.securityGroupIds],
    internetMaxBandwidthOut: instance.internetMaxBandwidthOut,
    deletionProtection: instance.deletionProtection,
    operationLocks: [...instance.operationLocks],
    cloudAssistant: toCloudAssistantState(assistant),
  };
}
