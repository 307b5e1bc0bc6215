/**
 * Test support: the wire shapes of the response fields the unit tests read. The authority on the full
 * shapes is the SDK models (sdk-operations.test.ts checks them end to end); these only type the reads.
 */

interface Paged {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  NextToken: string;
}

export interface WireInstance {
  InstanceId: string;
  InstanceName: string;
  Status: string;
  StoppedMode: string;
  StartTime: string;
  CreationTime: string;
  PublicIpAddress: { IpAddress: string[] };
  VpcAttributes: { PrivateIpAddress: { IpAddress: string[] } };
  SecurityGroupIds: { SecurityGroupId: string[] };
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
}

export interface WireAssistantStatus {
  InstanceId: string;
  CloudAssistantStatus: string;
  CloudAssistantVersion: string;
  OSType: string;
  LastHeartbeatTime: string;
  SupportSessionManager: boolean;
}

export interface WireContainer {
  Name: string;
  RestartCount: number;
  CurrentState: { State: string; Reason: string };
}

export interface WireContainerGroup {
  ContainerGroupId: string;
  ContainerGroupName: string;
  Tags: { Key: string; Value: string }[];
  Events: unknown[];
  Containers: WireContainer[];
}

export interface EcsBodies {
  DescribeRegions: { Regions: { Region: { RegionId: string; LocalName: string; RegionEndpoint: string; Status: string }[] } };
  DescribeInstances: Paged & { Instances: { Instance: WireInstance[] } };
  DescribeInstanceStatus: Paged & { InstanceStatuses: { InstanceStatus: { InstanceId: string; Status: string }[] } };
  StartInstance: Record<string, never>;
  StopInstance: Record<string, never>;
  RebootInstance: Record<string, never>;
  GetInstanceConsoleOutput: { InstanceId: string; ConsoleOutput: string; LastUpdateTime: string };
  GetInstanceScreenshot: { InstanceId: string; Screenshot: string };
  DescribeCloudAssistantStatus: Paged & { InstanceCloudAssistantStatusSet: { InstanceCloudAssistantStatus: WireAssistantStatus[] } };
}

export interface EciBodies {
  DescribeContainerGroups: { TotalCount: number; NextToken: string; ContainerGroups: WireContainerGroup[] };
}
