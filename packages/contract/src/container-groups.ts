import { Type, type Static } from 'typebox';
import { Tag } from './instances.ts';

export const ContainerState = Type.Object({
  state: Type.String({ description: 'Waiting | Running | Terminated' }),
  reason: Type.Optional(Type.String()),
  exitCode: Type.Optional(Type.Integer()),
  startTime: Type.Optional(Type.String()),
  finishTime: Type.Optional(Type.String()),
});

export const Container = Type.Object({
  name: Type.String(),
  image: Type.String(),
  cpu: Type.Number(),
  memoryGiB: Type.Number(),
  ready: Type.Boolean(),
  restartCount: Type.Integer(),
  commands: Type.Array(Type.String()),
  ports: Type.Array(Type.Object({ port: Type.Integer(), protocol: Type.String() })),
  currentState: ContainerState,
});
export type Container = Static<typeof Container>;

export const ContainerGroup = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Type.String({ description: 'Scheduling | Pending | Running | Succeeded | Failed | Restarting | ...' }),
  regionId: Type.String(),
  zoneId: Type.String(),
  cpu: Type.Number(),
  memoryGiB: Type.Number(),
  intranetIp: Type.String(),
  internetIp: Type.Optional(Type.String()),
  creationTime: Type.String(),
  restartPolicy: Type.String(),
  tags: Type.Array(Tag),
  containers: Type.Array(Container),
});
export type ContainerGroup = Static<typeof ContainerGroup>;

export const ContainerGroupListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 20 })),
  nextToken: Type.Optional(Type.String({ maxLength: 256 })),
  name: Type.Optional(Type.String({ maxLength: 128 })),
  status: Type.Optional(Type.String({ maxLength: 32 })),
});
export type ContainerGroupListQuery = Static<typeof ContainerGroupListQuery>;

export const ContainerGroupList = Type.Object({
  items: Type.Array(ContainerGroup),
  total: Type.Integer(),
  nextToken: Type.Optional(Type.String()),
});
export type ContainerGroupList = Static<typeof ContainerGroupList>;
