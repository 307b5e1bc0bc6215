/**
 * What the cloud says, in our words: the BFF<->cloud side of the system. The SDK models make every
 * field optional; these shapes say which ones the cloud always sends, so the BFF maps them without
 * guessing. They are deliberately not the browser contract (@porthole/contract): the BFF maps one
 * to the other, so a change on either side stays a one-file change.
 */

export interface CloudRegion {
  readonly regionId: string;
  readonly localName: string;
  readonly endpoint: string;
  /** available | soldOut */
  readonly status: string;
}

export interface CloudTag {
  readonly key: string;
  readonly value: string;
}

export interface CloudInstance {
  readonly instanceId: string;
  readonly instanceName: string;
  readonly description: string;
  readonly hostName: string;
  /** Pending | Starting | Running | Stopping | Stopped */
  readonly status: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly instanceType: string;
  readonly cpu: number;
  readonly memoryMiB: number;
  /** linux | windows */
  readonly osType: string;
  readonly osName: string;
  readonly imageId: string;
  /** As the API gives it: ISO 8601 UTC with minute precision, e.g. 2017-12-10T04:04Z. */
  readonly creationTime: string;
  readonly startTime: string | undefined;
  readonly instanceChargeType: string;
  readonly stoppedMode: string | undefined;
  readonly publicIpAddresses: readonly string[];
  /** VPC private addresses, or the classic-network inner addresses. */
  readonly privateIpAddresses: readonly string[];
  readonly eipAddress: string | undefined;
  readonly vpcId: string | undefined;
  readonly vSwitchId: string | undefined;
  readonly securityGroupIds: readonly string[];
  readonly internetMaxBandwidthOut: number;
  readonly keyPairName: string | undefined;
  readonly deletionProtection: boolean;
  /** LockReason values, e.g. financial or security. */
  readonly operationLocks: readonly string[];
  readonly tags: readonly CloudTag[];
  readonly resourceGroupId: string | undefined;
}

export interface DescribeInstancesQuery {
  readonly regionId: string;
  readonly pageNumber?: number;
  readonly pageSize?: number;
  readonly status?: string;
  /** Sent as-is: the API takes `*` as a wildcard. */
  readonly instanceName?: string;
  readonly instanceIds?: readonly string[];
  readonly tag?: { readonly key: string; readonly value?: string };
  readonly resourceGroupId?: string;
}

export interface CloudInstancePage {
  readonly instances: readonly CloudInstance[];
  readonly totalCount: number;
  readonly pageNumber: number;
  readonly pageSize: number;
  readonly requestId: string;
}

export interface CloudAssistantStatus {
  readonly instanceId: string;
  /** The API sends the string "true"/"false"; this is the parsed value. */
  readonly online: boolean;
  readonly version: string | undefined;
  readonly lastHeartbeatTime: string | undefined;
  readonly supportSessionManager: boolean;
}

export interface CloudConsoleOutput {
  readonly instanceId: string;
  /** Base64, as the API sends it. */
  readonly consoleOutput: string;
  /** yyyy-MM-dd HH:mm:ss in UTC+8, without a zone. */
  readonly lastUpdateTime: string;
  readonly requestId: string;
}

export interface CloudScreenshot {
  readonly instanceId: string;
  /** Base64 JPEG, as the API sends it. */
  readonly screenshot: string;
  readonly requestId: string;
}

/** The answer to Start/Stop/RebootInstance: the cloud accepted the request, the state changes later. */
export interface CloudActionReceipt {
  readonly requestId: string;
}

export interface CloudContainerState {
  readonly state: string;
  readonly reason: string | undefined;
  readonly exitCode: number | undefined;
  readonly startTime: string | undefined;
  readonly finishTime: string | undefined;
}

export interface CloudContainer {
  readonly name: string;
  readonly image: string;
  readonly cpu: number;
  /** GiB */
  readonly memory: number;
  readonly ready: boolean;
  readonly restartCount: number;
  readonly commands: readonly string[];
  readonly ports: readonly { readonly port: number; readonly protocol: string }[];
  readonly currentState: CloudContainerState;
}

export interface CloudContainerGroup {
  readonly containerGroupId: string;
  readonly containerGroupName: string;
  readonly status: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly cpu: number;
  /** GiB */
  readonly memory: number;
  readonly intranetIp: string;
  readonly internetIp: string | undefined;
  readonly creationTime: string;
  readonly restartPolicy: string;
  readonly tags: readonly CloudTag[];
  readonly containers: readonly CloudContainer[];
}

export interface DescribeContainerGroupsQuery {
  readonly regionId: string;
  readonly limit?: number;
  readonly nextToken?: string;
  readonly containerGroupName?: string;
  readonly status?: string;
  /** At most 20 ids. */
  readonly containerGroupIds?: readonly string[];
}

export interface CloudContainerGroupPage {
  readonly containerGroups: readonly CloudContainerGroup[];
  readonly totalCount: number;
  readonly nextToken: string | undefined;
  readonly requestId: string;
}
