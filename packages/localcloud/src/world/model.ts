import type { ImageSpec, InstanceTypeSpec } from './catalogue.ts';

export type InstanceStatus = 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped';
export type StoppedMode = 'KeepCharging' | 'StopCharging' | 'Not-applicable';

export interface Tag {
  readonly key: string;
  readonly value: string;
}

/** What never changes about an ECS instance: generated from the seed, never persisted. */
export interface InstanceSpec {
  readonly instanceId: string;
  readonly instanceName: string;
  readonly hostName: string;
  readonly description: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly type: InstanceTypeSpec;
  readonly image: ImageSpec;
  readonly vpcId: string;
  readonly vSwitchId: string;
  readonly securityGroupIds: readonly string[];
  readonly privateIp: string;
  readonly macAddress: string;
  readonly networkInterfaceId: string;
  readonly publicIp?: string;
  readonly eip?: { readonly allocationId: string; readonly ipAddress: string; readonly bandwidth: number };
  readonly internetMaxBandwidthOut: number;
  readonly chargeType: 'PrePaid' | 'PostPaid';
  readonly tags: readonly Tag[];
  /** The resource group of the owning team (`rg-…`). */
  readonly resourceGroupId: string;
  readonly keyPairName: string;
  readonly serialNumber: string;
  /** ms since epoch; shown with minute precision. */
  readonly creationTime: number;
  /** Cloud Assistant agent version, absent when the agent was never installed. */
  readonly cloudAssistantVersion?: string;
  readonly locks: readonly string[];
  /** systemd logs at debug level to the console: every boot prints about 20,000 lines. */
  readonly verboseConsole?: boolean;
}

/**
 * What changes: the power state, a phase in progress and the boot history the console log is derived from.
 * This is the part the state file keeps.
 */
export interface PowerRecord {
  status: InstanceStatus;
  /** When the current Starting/Stopping phase ends (ms since epoch). */
  phaseEndsAt?: number;
  /** A Stopping phase that will be followed by a new boot (RebootInstance). */
  rebooting?: boolean;
  stoppedMode: StoppedMode;
  /** Last StartTime (ms), absent when the instance has never been started. */
  startTime?: number;
  /** 0 while the instance has never booted; every start and reboot adds one and yields a new console log. */
  boots: number;
  bootStartedAt?: number;
  bootDurationMs?: number;
  shutdownStartedAt?: number;
  shutdownDurationMs?: number;
  shutdownForced?: boolean;
}

export interface EcsInstance {
  readonly spec: InstanceSpec;
  readonly power: PowerRecord;
}

export type ContainerState = 'Waiting' | 'Running' | 'Terminated';

export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly cpu: number;
  readonly memory: number;
  readonly ports: readonly { readonly port: number; readonly protocol: 'TCP' | 'UDP' }[];
  readonly commands: readonly string[];
  readonly args: readonly string[];
  readonly env: readonly { readonly key: string; readonly value: string }[];
  readonly state: ContainerState;
  readonly detailStatus: string;
  readonly reason: string;
  readonly exitCode: number;
  readonly restartCount: number;
  readonly startTime: number;
  readonly finishTime?: number;
}

export type ContainerGroupStatus = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Restarting' | 'Scheduling';

export interface ContainerGroup {
  readonly containerGroupId: string;
  readonly containerGroupName: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly status: ContainerGroupStatus;
  readonly cpu: number;
  /** GiB */
  readonly memory: number;
  readonly intranetIp: string;
  readonly internetIp: string;
  readonly vpcId: string;
  readonly vSwitchId: string;
  readonly securityGroupId: string;
  readonly eniInstanceId: string;
  readonly restartPolicy: 'Always' | 'OnFailure' | 'Never';
  readonly creationTime: number;
  readonly succeededTime?: number;
  readonly failedTime?: number;
  readonly tags: readonly Tag[];
  readonly containers: readonly ContainerSpec[];
}
