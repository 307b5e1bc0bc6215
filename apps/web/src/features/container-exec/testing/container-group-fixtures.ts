import type { Container, ContainerExecResult, ContainerGroup, TerminalSummary } from '@porthole/contract';

export function aContainer(overrides: Partial<Container> = {}): Container {
  return {
    name: 'nginx',
    image: 'nginx:1.27',
    cpu: 1,
    memoryGiB: 2,
    ready: true,
    restartCount: 0,
    commands: [],
    ports: [{ port: 80, protocol: 'TCP' }],
    currentState: { state: 'Running', startTime: '2026-11-24T10:00:00Z' },
    ...overrides,
  };
}

export function aContainerGroup(overrides: Partial<ContainerGroup> = {}): ContainerGroup {
  return {
    id: 'eci-bp1web',
    name: 'web-pods',
    status: 'Running',
    regionId: 'cn-hangzhou',
    zoneId: 'cn-hangzhou-h',
    cpu: 2,
    memoryGiB: 4,
    intranetIp: '172.16.0.20',
    creationTime: '2026-11-24T09:00:00Z',
    restartPolicy: 'Always',
    tags: [],
    containers: [
      aContainer({ name: 'init-db', currentState: { state: 'Terminated', reason: 'Completed', exitCode: 0 } }),
      aContainer(),
      aContainer({ name: 'sidecar', image: 'busybox:1.36' }),
    ],
    ...overrides,
  };
}

export function aContainerTerminal(overrides: Partial<TerminalSummary> = {}): TerminalSummary {
  return {
    id: 'term-7',
    kind: 'container',
    regionId: 'cn-hangzhou',
    targetId: 'eci-bp1web',
    targetName: 'web-pods',
    containerName: 'sidecar',
    username: null,
    commandLine: null,
    state: 'reserved',
    endReason: null,
    createdAt: '2026-11-24T10:00:00Z',
    socketPath: '/api/terminals/term-7/socket',
    recordingId: null,
    ...overrides,
  };
}

export function anExecResult(output: string): ContainerExecResult {
  return { output, cloudRequestId: 'CLOUD-REQ-EXEC' };
}
