import type * as $Eci from '@alicloud/eci20180808';
import type { CloudContainer, CloudContainerGroup } from './cloud-shapes.ts';
import { present, text } from './sdk-fields.ts';

type SdkGroup = $Eci.DescribeContainerGroupsResponseBodyContainerGroups;
type SdkContainer = $Eci.DescribeContainerGroupsResponseBodyContainerGroupsContainers;


function toCloudContainer(container: SdkContainer): CloudContainer {
  const state = container.currentState;
  return {
    name: text(container.name),
    image: text(container.image),
    cpu: container.cpu ?? 0,
    memory: container.memory ?? 0,
    ready: container.ready ?? false,
    restartCount: container.restartCount ?? 0,
    commands: container.commands ?? [],
    ports: (container.ports ?? []).map((port) => ({ port: port.port ?? 0, protocol: text(port.protocol) })),
    currentState: {
      state: text(state?.state),
      reason: present(state?.reason),
      exitCode: state?.exitCode,
      startTime: present(state?.startTime),
      finishTime: present(state?.finishTime),
    },
  };
}

export function toCloudContainerGroup(group: SdkGroup): CloudContainerGroup {
  return {
    containerGroupId: text(group.containerGroupId),
    containerGroupName: text(group.containerGroupName),
    status: text(group.status),
    regionId: text(group.regionId),
    zoneId: text(group.zoneId),
    cpu: group.cpu ?? 0,
    memory: group.memory ?? 0,
    intranetIp: text(group.intranetIp),
    internetIp: present(group.internetIp),
    creationTime: text(group.creationTime),
    restartPolicy: text(group.restartPolicy),
    // ECI tags are bare {Key, Value}, unlike ECS's Tags.Tag[]{TagKey, TagValue}.
    tags: (group.tags ?? []).map((tag) => ({ key: text(tag.key), value: text(tag.value) })),
    containers: (group.containers ?? []).map(toCloudContainer),
  };
}
