import type { ContainerGroup, ContainerGroupStatus, ContainerSpec, ContainerState, Tag } from './model.ts';
import { publicIp, regionNetwork, resourceId } from './network-seed.ts';
import { findRegion } from './regions.ts';
import { Rng } from './rng.ts';

interface ContainerBlueprint {
  readonly name: string;
  readonly image: string;
  readonly ports: readonly number[];
  readonly commands?: readonly string[];
  readonly args?: readonly string[];
  /** How this container ended up: a state plus the detail ECI shows for it. */
  readonly outcome: 'running' | 'crashloop' | 'pulling' | 'completed' | 'error';
}

interface GroupBlueprint {
  readonly name: string;
  readonly regionId: string;
  readonly status: ContainerGroupStatus;
  readonly restartPolicy: ContainerGroup['restartPolicy'];
  readonly team: string;
  readonly env: string;
  readonly publicIp?: boolean;
  readonly containers: readonly ContainerBlueprint[];
}

const registry = (regionId: string, repo: string): string => `registry-vpc.${regionId}.aliyuncs.com/${repo}`;
const logtail = (regionId: string): ContainerBlueprint => ({
  name: 'logtail',
  image: registry(regionId, 'log-service/logtail:v1.8.7.0-aliyun'),
  ports: [],
  outcome: 'running',
});

const GROUPS: readonly GroupBlueprint[] = [
  { name: 'storefront-web', regionId: 'cn-hangzhou', status: 'Running', restartPolicy: 'Always', team: 'storefront', env: 'prod', publicIp: true, containers: [
    { name: 'nginx', image: 'nginx:1.25.4-alpine', ports: [80, 443], outcome: 'running' },
    { name: 'php-fpm', image: registry('cn-hangzhou', 'storefront/php-fpm:8.2.18'), ports: [9000], outcome: 'running' },
    logtail('cn-hangzhou'),
  ] },
  { name: 'checkout-api', regionId: 'cn-hangzhou', status: 'Running', restartPolicy: 'Always', team: 'platform', env: 'prod', containers: [
    { name: 'api', image: registry('cn-hangzhou', 'platform/checkout-api:2.14.1'), ports: [8080], commands: ['/app/server'], args: ['--port=8080'], outcome: 'running' },
    { name: 'redis', image: 'redis:7.2.4', ports: [6379], commands: ['redis-server'], args: ['--appendonly', 'no'], outcome: 'crashloop' },
  ] },
  { name: 'nightly-report', regionId: 'cn-hangzhou', status: 'Succeeded', restartPolicy: 'Never', team: 'finance', env: 'prod', containers: [
    { name: 'report', image: registry('cn-hangzhou', 'finance/report-job:1.3.0'), ports: [], commands: ['python', '/job/run.py'], outcome: 'completed' },
    { name: 'uploader', image: registry('cn-hangzhou', 'finance/oss-uploader:0.9.2'), ports: [], outcome: 'completed' },
  ] },
  { name: 'ml-inference', regionId: 'cn-shanghai', status: 'Pending', restartPolicy: 'Always', team: 'data', env: 'staging', containers: [
    { name: 'model-server', image: registry('cn-shanghai', 'data/torchserve:0.10.0-cpu'), ports: [8080, 8081], outcome: 'pulling' },
    logtail('cn-shanghai'),
  ] },
  { name: 'data-migrate', regionId: 'cn-shanghai', status: 'Failed', restartPolicy: 'Never', team: 'data', env: 'prod', containers: [
    { name: 'migrate', image: registry('cn-shanghai', 'data/flyway:10.11'), ports: [], commands: ['flyway'], args: ['migrate'], outcome: 'error' },
    { name: 'cloudsql-proxy', image: registry('cn-shanghai', 'data/db-proxy:1.4.0'), ports: [3306], outcome: 'completed' },
  ] },
  { name: 'chat-gateway', regionId: 'cn-shanghai', status: 'Running', restartPolicy: 'Always', team: 'platform', env: 'prod', publicIp: true, containers: [
    { name: 'gateway', image: registry('cn-shanghai', 'platform/ws-gateway:3.2.0'), ports: [8443], outcome: 'running' },
    { name: 'envoy', image: 'envoyproxy/envoy:v1.29.2', ports: [9901, 10000], outcome: 'running' },
    logtail('cn-shanghai'),
  ] },
  { name: 'sg-edge', regionId: 'ap-southeast-1', status: 'Running', restartPolicy: 'Always', team: 'storefront', env: 'prod', containers: [
    { name: 'caddy', image: 'caddy:2.7.6', ports: [80, 443], outcome: 'running' },
    { name: 'geoip-updater', image: registry('ap-southeast-1', 'storefront/geoipupdate:6.1'), ports: [], outcome: 'running' },
  ] },
];

const EPOCH = Date.UTC(2025, 5, 1);
const HOUR = 3_600_000;

export function seedContainerGroups(seed: string): ContainerGroup[] {
  return GROUPS.map((bp, index) => seedGroup(new Rng(seed, `container-group:${index}`), bp, new Rng(seed, `network:${bp.regionId}`)));
}

function seedGroup(rng: Rng, bp: GroupBlueprint, netRng: Rng): ContainerGroup {
  const zones = findRegion(bp.regionId)?.zones ?? [];
  const net = regionNetwork(netRng, bp.regionId);
  const zoneId = rng.pick(zones.slice(0, 2));
  const creationTime = EPOCH + rng.int(0, 24 * 120) * HOUR + rng.int(0, 3599) * 1000;
  const containers = bp.containers.map((c) => seedContainer(rng, c, creationTime));
  const finished = Math.max(creationTime, ...containers.map((c) => c.finishTime ?? 0));
  const tags: Tag[] = [
    { key: 'env', value: bp.env },
    { key: 'team', value: bp.team },
    { key: 'app', value: bp.name },
  ];
  return {
    containerGroupId: resourceId(rng, 'eci', bp.regionId),
    containerGroupName: bp.name,
    regionId: bp.regionId,
    zoneId,
    status: bp.status,
    cpu: containers.reduce((sum, c) => sum + c.cpu, 0),
    memory: containers.reduce((sum, c) => sum + c.memory, 0),
    intranetIp: `172.${net.octet}.${zones.indexOf(zoneId)}.${rng.int(2, 253)}`,
    internetIp: bp.publicIp ? publicIp(rng, bp.regionId) : '',
    vpcId: net.vpcId,
    vSwitchId: net.vSwitchIds.get(zoneId) ?? '',
    securityGroupId: net.securityGroupIds[0],
    eniInstanceId: resourceId(rng, 'eni', bp.regionId),
    restartPolicy: bp.restartPolicy,
    creationTime,
    ...(bp.status === 'Succeeded' ? { succeededTime: finished } : {}),
    ...(bp.status === 'Failed' ? { failedTime: finished } : {}),
    tags,
    containers,
  };
}

const OUTCOMES: Readonly<Record<ContainerBlueprint['outcome'], { state: ContainerState; detail: string; reason: string; exit: number }>> = {
  running: { state: 'Running', detail: '', reason: '', exit: 0 },
  crashloop: { state: 'Waiting', detail: 'CrashLoopBackOff', reason: 'CrashLoopBackOff', exit: 137 },
  pulling: { state: 'Waiting', detail: 'ImagePulling', reason: 'ContainerCreating', exit: 0 },
  completed: { state: 'Terminated', detail: '', reason: 'Completed', exit: 0 },
  error: { state: 'Terminated', detail: '', reason: 'Error', exit: 1 },
};

function seedContainer(rng: Rng, bp: ContainerBlueprint, groupCreated: number): ContainerSpec {
  const outcome = OUTCOMES[bp.outcome];
  const startTime = groupCreated + rng.int(5, 40) * 1000;
  const restartCount = bp.outcome === 'crashloop' ? rng.int(5, 40) : bp.outcome === 'running' ? rng.pick([0, 0, 0, 1, 2]) : 0;
  return {
    name: bp.name,
    image: bp.image,
    cpu: bp.name === 'logtail' ? 0.25 : rng.pick([0.5, 1, 2]),
    memory: bp.name === 'logtail' ? 0.5 : rng.pick([1, 2, 4]),
    ports: bp.ports.map((port) => ({ port, protocol: 'TCP' as const })),
    commands: bp.commands ?? [],
    args: bp.args ?? [],
    env: [{ key: 'TZ', value: 'Asia/Shanghai' }],
    state: outcome.state,
    detailStatus: outcome.detail,
    reason: outcome.reason,
    exitCode: outcome.exit,
    restartCount,
    startTime,
    ...(outcome.state === 'Terminated' ? { finishTime: startTime + rng.int(30, 3000) * 1000 } : {}),
  };
}
