import type * as $Ecs from '@alicloud/ecs20140526';
import type { CloudAssistantStatus, CloudInstance, CloudRegion } from './cloud-shapes.ts';
import { present, text } from './sdk-fields.ts';

type SdkInstance = $Ecs.DescribeInstancesResponseBodyInstancesInstance;
type SdkRegion = $Ecs.DescribeRegionsResponseBodyRegionsRegion;
type SdkAssistantStatus = $Ecs.DescribeCloudAssistantStatusResponseBodyInstanceCloudAssistantStatusSetInstanceCloudAssistantStatus;

// The SDK models declare every field optional; the API always sends these, so a gap becomes empty.

export function toCloudRegion(region: SdkRegion): CloudRegion {
  return {
    regionId: text(region.regionId),
    localName: text(region.localName),
    endpoint: text(region.regionEndpoint),
    status: text(region.status),
  };
}

export function toCloudInstance(instance: SdkInstance): CloudInstance {
  const vpcPrivate = instance.vpcAttributes?.privateIpAddress?.ipAddress ?? [];
  return {
    instanceId: text(instance.instanceId),
    instanceName: text(instance.instanceName),
    description: text(instance.description),
    hostName: text(instance.hostName),
    status: text(instance.status),
    regionId: text(instance.regionId),
    zoneId: text(instance.zoneId),
    instanceType: text(instance.instanceType),
    cpu: instance.cpu ?? 0,
    memoryMiB: instance.memory ?? 0,
    osType: text(instance.OSType),
    osName: text(instance.OSNameEn ?? instance.OSName),
    imageId: text(instance.imageId),
    creationTime: text(instance.creationTime),
    startTime: present(instance.startTime),
    instanceChargeType: text(instance.instanceChargeType),
    stoppedMode: present(instance.stoppedMode),
    publicIpAddresses: instance.publicIpAddress?.ipAddress ?? [],
    privateIpAddresses: vpcPrivate.length > 0 ? vpcPrivate : (instance.innerIpAddress?.ipAddress ?? []),
    eipAddress: present(instance.eipAddress?.ipAddress),
    vpcId: present(instance.vpcAttributes?.vpcId),
    vSwitchId: present(instance.vpcAttributes?.vSwitchId),
    securityGroupIds: instance.securityGroupIds?.securityGroupId ?? [],
    internetMaxBandwidthOut: instance.internetMaxBandwidthOut ?? 0,
    keyPairName: present(instance.keyPairName),
    deletionProtection: instance.deletionProtection ?? false,
    operationLocks: (instance.operationLocks?.lockReason ?? []).map((lock) => text(lock.lockReason)).filter(Boolean),
    tags: (instance.tags?.tag ?? []).map((tag) => ({ key: text(tag.tagKey), value: text(tag.tagValue) })),
    resourceGroupId: present(instance.resourceGroupId),
  };
}

export function toCloudAssistantStatus(status: SdkAssistantStatus): CloudAssistantStatus {
  return {
    instanceId: text(status.instanceId),
    // A string on the wire: "true" or "false".
    online: status.cloudAssistantStatus === 'true',
    version: present(status.cloudAssistantVersion),
    lastHeartbeatTime: present(status.lastHeartbeatTime),
    supportSessionManager: status.supportSessionManager ?? false,
  };
}
