import type { ContainerGroup } from '../world/index.ts';
import type { ContainerSpec } from '../world/model.ts';
import { isoSeconds } from '../world/time-format.ts';

/** ECI answers with plain arrays and `{Key, Value}` tags, unlike ECS's XML-era wrappers. */

function stateView(c: ContainerSpec): Record<string, unknown> {
  return {
    State: c.state,
    DetailStatus: c.detailStatus,
    Reason: c.reason,
    Message: c.state === 'Terminated' && c.exitCode !== 0 ? `Error: process exited with code ${c.exitCode}` : '',
    ExitCode: c.exitCode,
    Signal: 0,
    StartTime: c.state === 'Waiting' ? '' : isoSeconds(c.startTime),
    FinishTime: c.finishTime === undefined ? '' : isoSeconds(c.finishTime),
  };
}

/** After a restart the previous run is what crashed: it ran briefly and was killed. */
function previousStateView(c: ContainerSpec): Record<string, unknown> {
  if (c.restartCount === 0) return {};
  return {
    State: 'Terminated',
    DetailStatus: '',
    Reason: c.detailStatus === 'CrashLoopBackOff' ? 'OOMKilled' : 'Error',
    ExitCode: 137,
    Signal: 9,
    StartTime: isoSeconds(c.startTime),
    FinishTime: isoSeconds(c.startTime + 45_000),
  };
}

function containerView(c: ContainerSpec): Record<string, unknown> {
  return {
    Name: c.name,
    Image: c.image,
    ImagePullPolicy: 'IfNotPresent',
    Commands: [...c.commands],
    Args: [...c.args],
    Cpu: c.cpu,
    Memory: c.memory,
    Gpu: 0,
    WorkingDir: '',
    Ports: c.ports.map((p) => ({ Port: p.port, Protocol: p.protocol })),
    EnvironmentVars: c.env.map((e) => ({ Key: e.key, Value: e.value })),
    VolumeMounts: [],
    Ready: c.state === 'Running',
    RestartCount: c.restartCount,
    Stdin: false,
    StdinOnce: false,
    Tty: false,
    CurrentState: stateView(c),
    PreviousState: previousStateView(c),
  };
}

function eventsView(group: ContainerGroup): Record<string, unknown>[] {
  const at = isoSeconds(group.creationTime);
  const event = (type: string, reason: string, message: string, count = 1) => ({
    Count: count, Type: type, Name: group.containerGroupName, Reason: reason, Message: message, FirstTimestamp: at, LastTimestamp: at,
  });
  return [
    event('Normal', 'Scheduled', `Successfully assigned ${group.containerGroupName} to ${group.zoneId}`),
    ...group.containers.flatMap((c) => [
      event('Normal', 'Pulling', `Pulling image "${c.image}"`),
      ...(c.detailStatus === 'CrashLoopBackOff'
        ? [event('Warning', 'BackOff', `Back-off restarting failed container ${c.name}`, c.restartCount)]
        : c.state === 'Waiting' ? [] : [event('Normal', 'Started', `Started container ${c.name}`)]),
    ]),
  ];
}

export function containerGroupView(group: ContainerGroup, withEvents: boolean): Record<string, unknown> {
  return {
    ContainerGroupId: group.containerGroupId,
    ContainerGroupName: group.containerGroupName,
    Status: group.status,
    RegionId: group.regionId,
    ZoneId: group.zoneId,
    InstanceType: '',
    Cpu: group.cpu,
    Memory: group.memory,
    IntranetIp: group.intranetIp,
    InternetIp: group.internetIp,
    Ipv6Address: '',
    VpcId: group.vpcId,
    VSwitchId: group.vSwitchId,
    SecurityGroupId: group.securityGroupId,
    EniInstanceId: group.eniInstanceId,
    CreationTime: isoSeconds(group.creationTime),
    SucceededTime: group.succeededTime === undefined ? '' : isoSeconds(group.succeededTime),
    FailedTime: group.failedTime === undefined ? '' : isoSeconds(group.failedTime),
    ExpiredTime: '',
    RestartPolicy: group.restartPolicy,
    SpotStrategy: 'NoSpot',
    Discount: 10,
    EphemeralStorage: 0,
    RamRoleName: '',
    ResourceGroupId: '',
    Tags: group.tags.map((t) => ({ Key: t.key, Value: t.value })),
    Events: withEvents ? eventsView(group) : [],
    Volumes: [],
    HostAliases: [],
    InitContainers: [],
    Containers: group.containers.map(containerView),
  };
}
