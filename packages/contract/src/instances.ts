import { Type, type Static } from 'typebox';

export const InstanceStatus = Type.Union([
  Type.Literal('Pending'),
  Type.Literal('Starting'),
  Type.Literal('Running'),
  Type.Literal('Stopping'),
  Type.Literal('Stopped'),
]);
export type InstanceStatus = Static<typeof InstanceStatus>;

export const Tag = Type.Object({ key: Type.String(), value: Type.String() });
export type Tag = Static<typeof Tag>;

export const InstanceSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: InstanceStatus,
  regionId: Type.String(),
  zoneId: Type.String(),
  instanceType: Type.String(),
  cpu: Type.Integer(),
  memoryMiB: Type.Integer(),
  osType: Type.Union([Type.Literal('linux'), Type.Literal('windows')]),
  osName: Type.String(),
  publicIps: Type.Array(Type.String()),
  privateIps: Type.Array(Type.String()),
  eip: Type.Optional(Type.String()),
  tags: Type.Array(Tag),
  creationTime: Type.String({ description: 'ISO 8601, UTC' }),
});
export type InstanceSummary = Static<typeof InstanceSummary>;

export const CloudAssistantState = Type.Object({
  online: Type.Boolean(),
  version: Type.Optional(Type.String()),
  lastHeartbeatTime: Type.Optional(Type.String()),
  supportsSessionManager: Type.Boolean(),
});
export type CloudAssistantState = Static<typeof CloudAssistantState>;

export const InstanceDetail = Type.Interface([InstanceSummary], {
  description: Type.String(),
  hostName: Type.String(),
  imageId: Type.String(),
  startTime: Type.Optional(Type.String({ description: 'ISO 8601, UTC' })),
  chargeType: Type.String(),
  stoppedMode: Type.Optional(Type.String()),
  vpcId: Type.Optional(Type.String()),
  vSwitchId: Type.Optional(Type.String()),
  securityGroupIds: Type.Array(Type.String()),
  internetMaxBandwidthOut: Type.Integer(),
  keyPairName: Type.Optional(Type.String()),
  deletionProtection: Type.Boolean(),
  operationLocks: Type.Array(Type.String()),
  cloudAssistant: CloudAssistantState,
});
export type InstanceDetail = Static<typeof InstanceDetail>;

export const InstanceListQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  status: Type.Optional(InstanceStatus),
  name: Type.Optional(Type.String({ maxLength: 128, description: 'Substring of the instance name' })),
  tagKey: Type.Optional(Type.String({ maxLength: 128 })),
  tagValue: Type.Optional(Type.String({ maxLength: 128 })),
});
export type InstanceListQuery = Static<typeof InstanceListQuery>;

export const InstanceList = Type.Object({
  items: Type.Array(InstanceSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type InstanceList = Static<typeof InstanceList>;

export const InstanceParams = Type.Object({
  region: Type.String({ pattern: '^[a-z]{2}(-[a-z0-9]+)+$', maxLength: 64 }),
  id: Type.String({ pattern: '^i-[A-Za-z0-9]+$', maxLength: 64 }),
});
export type InstanceParams = Static<typeof InstanceParams>;

export const PowerAction = Type.Union([Type.Literal('start'), Type.Literal('stop'), Type.Literal('reboot')]);
export type PowerAction = Static<typeof PowerAction>;

export const PowerActionBody = Type.Object({
  action: PowerAction,
  force: Type.Optional(Type.Boolean({ description: 'Stop/reboot without a clean OS shutdown' })),
});
export type PowerActionBody = Static<typeof PowerActionBody>;

export const PowerActionResult = Type.Object({
  accepted: Type.Literal(true),
  cloudRequestId: Type.String(),
});
export type PowerActionResult = Static<typeof PowerActionResult>;
