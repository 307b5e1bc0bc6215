import type { CloudContainer, CloudContainerGroup } from '@porthole/cloud';
import type { Container, ContainerGroup } from '@porthole/contract';

function toContainer(container: CloudContainer): Container {
  const { state, reason, exitCode, startTime, finishTime } = container.currentState;
  return {
    name: container.name,
    image: container.image,
    cpu: container.cpu,
    memoryGiB: container.memory,
    ready: container.ready,
    restartCount: container.restartCount,
    commands: [...container.commands],
    ports: container.ports.map((port) => ({ port: port.port, protocol: port.protocol })),
    currentState: {
      state,
      ...(reason === undefined ? {} : { reason }),
      ...(exitCode === undefined ? {} : { exitCode }),
      ...(startTime === undefined ? {} : { startTime }),
      ...(finishTime === undefined ? {} : { finishTime }),
    },
  };
}

export function toContainerGroup(group: CloudContainerGroup): ContainerGroup {
  return {
    id: group.containerGroupId,
    name: group.containerGroupName,
    status: group.status,
    regionId: group.regionId,
    zoneId: group.zoneId,
    cpu: group.cpu,
    memoryGiB: group.memory,
    intranetIp: group.intranetIp,
    ...(group.internetIp === undefined ? {} : { internetIp: group.internetIp }),
    creationTime: group.creationTime,
    restartPolicy: group.restartPolicy,
    tags: group.tags.map((tag) => ({ key: tag.key, value: tag.value })),
    containers: group.containers.map(toContainer),
  };
}
