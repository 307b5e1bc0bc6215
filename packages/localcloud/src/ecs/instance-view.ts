import type { EcsInstance } from '../world/index.ts';
import { isoMinutes } from '../world/time-format.ts';

const DAY = 86_400_000;
const ipList = (ips: readonly (string | undefined)[]) => ({ IpAddress: ips.filter((ip) => ip !== undefined) });

/** One `Instances.Instance[]` entry of DescribeInstances, with the XML-era wrappers the ECS SDK model reads. */
export function instanceView({ spec, power }: EcsInstance): Record<string, unknown> {
  const prepaid = spec.chargeType === 'PrePaid';
  return {
    InstanceId: spec.instanceId,
    InstanceName: spec.instanceName,
    Description: spec.description,
    HostName: spec.hostName,
    Status: power.status,
    StoppedMode: power.stoppedMode,
    RegionId: spec.regionId,
    ZoneId: spec.zoneId,
    InstanceType: spec.type.id,
    InstanceTypeFamily: spec.type.family,
    Cpu: spec.type.cpu,
    Memory: spec.type.memory,
    CpuOptions: { CoreCount: Math.max(1, spec.type.cpu / 2), ThreadsPerCore: 2, Numa: '' },
    GPUAmount: 0,
    GPUSpec: '',
    LocalStorageAmount: 0,
    LocalStorageCapacity: 0,
    OSType: spec.image.osType,
    OSName: spec.image.osName,
    OSNameEn: spec.image.osNameEn,
    ImageId: spec.image.imageId,
    SerialNumber: spec.serialNumber,
    CreationTime: isoMinutes(spec.creationTime),
    StartTime: power.startTime === undefined ? '' : isoMinutes(power.startTime),
    ExpiredTime: prepaid ? isoMinutes(spec.creationTime + 3 * 365 * DAY) : '2099-12-31T15:59Z',
    AutoReleaseTime: '',
    InstanceChargeType: spec.chargeType,
    InternetChargeType: 'PayByTraffic',
    SpotStrategy: 'NoSpot',
    SpotPriceLimit: 0,
    SaleCycle: prepaid ? 'Year' : '',
    InternetMaxBandwidthIn: spec.internetMaxBandwidthOut > 0 ? 100 : 0,
    InternetMaxBandwidthOut: spec.internetMaxBandwidthOut,
    InstanceNetworkType: 'vpc',
    IoOptimized: true,
    DeviceAvailable: true,
    DeletionProtection: spec.tags.some((t) => t.key === 'env' && t.value === 'prod'),
    Recyclable: false,
    KeyPairName: spec.keyPairName,
    ResourceGroupId: spec.resourceGroupId,
    DeploymentSetId: '',
    VlanId: '',
    ClusterId: '',
    HpcClusterId: '',
    PublicIpAddress: ipList([spec.publicIp]),
    InnerIpAddress: ipList([]),
    RdmaIpAddress: ipList([]),
    EipAddress: {
      AllocationId: spec.eip?.allocationId ?? '',
      IpAddress: spec.eip?.ipAddress ?? '',
      Bandwidth: spec.eip?.bandwidth ?? 0,
      InternetChargeType: spec.eip ? 'PayByTraffic' : '',
      IsSupportUnassociate: spec.eip !== undefined,
    },
    VpcAttributes: {
      VpcId: spec.vpcId,
      VSwitchId: spec.vSwitchId,
      NatIpAddress: '',
      PrivateIpAddress: ipList([spec.privateIp]),
    },
    NetworkInterfaces: {
      NetworkInterface: [
        {
          NetworkInterfaceId: spec.networkInterfaceId,
          Type: 'Primary',
          MacAddress: spec.macAddress,
          PrimaryIpAddress: spec.privateIp,
          PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: spec.privateIp, Primary: true }] },
          Ipv6Sets: { Ipv6Set: [] },
        },
      ],
    },
    SecurityGroupIds: { SecurityGroupId: [...spec.securityGroupIds] },
    Tags: { Tag: spec.tags.map((t) => ({ TagKey: t.key, TagValue: t.value })) },
    OperationLocks: { LockReason: spec.locks.map((reason) => ({ LockReason: reason, LockMsg: '' })) },
    MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'optional', HttpPutResponseHopLimit: 1 },
    ImageOptions: { LoginAsNonRoot: false },
  };
}
