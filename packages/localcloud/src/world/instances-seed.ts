import { createHash } from 'node:crypto';
import { CURRENT_TYPES, RETIRED_TYPE, imageByDistro, type Distro } from './catalogue.ts';
import type { InstanceSpec, PowerRecord, Tag } from './model.ts';
import { macAddress, publicIp, regionNetwork, resourceId, type RegionNetwork } from './network-seed.ts';
import { findRegion } from './regions.ts';
import { Rng } from './rng.ts';

/**
 * The cast of the world. Each line guarantees a case the console must handle; the seed fills in ids,
 * addresses, sizes and dates.
 */
interface Blueprint {
  readonly app: string;
  readonly env: 'prod' | 'staging' | 'dev';
  readonly team: string;
  readonly regionId: string;
  readonly distro: Distro;
  readonly initial: 'Running' | 'Stopped' | 'NeverStarted';
  readonly noAgent?: boolean;
  readonly retiredType?: boolean;
  readonly eip?: boolean;
  readonly lock?: string;
  /** Booted with systemd's debug logging on the console: a 20,000-line serial log. */
  readonly verboseConsole?: boolean;
}

const BLUEPRINTS: readonly Blueprint[] = [
  { app: 'web', env: 'prod', team: 'storefront', regionId: 'cn-hangzhou', distro: 'alinux', initial: 'Running' },
  { app: 'web', env: 'prod', team: 'storefront', regionId: 'cn-hangzhou', distro: 'alinux', initial: 'Running' },
  { app: 'api', env: 'prod', team: 'platform', regionId: 'cn-hangzhou', distro: 'ubuntu', initial: 'Running', eip: true },
  { app: 'worker', env: 'prod', team: 'platform', regionId: 'cn-hangzhou', distro: 'debian', initial: 'Running' },
  { app: 'erp', env: 'prod', team: 'finance', regionId: 'cn-hangzhou', distro: 'centos', initial: 'Running', retiredType: true },
  { app: 'ci-runner', env: 'dev', team: 'devops', regionId: 'cn-hangzhou', distro: 'ubuntu', initial: 'Stopped' },
  { app: 'web', env: 'prod', team: 'storefront', regionId: 'cn-hangzhou', distro: 'alinux', initial: 'Running' },
  { app: 'search', env: 'staging', team: 'storefront', regionId: 'cn-hangzhou', distro: 'debian', initial: 'Running' },
  { app: 'monitor', env: 'prod', team: 'devops', regionId: 'cn-hangzhou', distro: 'ubuntu', initial: 'Running' },
  { app: 'ci-runner', env: 'dev', team: 'devops', regionId: 'cn-hangzhou', distro: 'ubuntu', initial: 'Stopped' },
  { app: 'db-proxy', env: 'staging', team: 'data', regionId: 'cn-hangzhou', distro: 'centos', initial: 'Running', noAgent: true },
  { app: 'ad', env: 'prod', team: 'it', regionId: 'cn-shanghai', distro: 'windows', initial: 'Running' },
  { app: 'web', env: 'staging', team: 'storefront', regionId: 'cn-shanghai', distro: 'alinux', initial: 'Running' },
  { app: 'etl', env: 'prod', team: 'data', regionId: 'cn-shanghai', distro: 'debian', initial: 'Stopped' },
  { app: 'bastion', env: 'prod', team: 'devops', regionId: 'cn-shanghai', distro: 'alinux', initial: 'Running', eip: true },
  { app: 'sandbox', env: 'dev', team: 'platform', regionId: 'cn-shanghai', distro: 'ubuntu', initial: 'NeverStarted' },
  { app: 'api', env: 'prod', team: 'platform', regionId: 'cn-beijing', distro: 'alinux', initial: 'Running' },
  { app: 'cache', env: 'prod', team: 'platform', regionId: 'cn-beijing', distro: 'debian', initial: 'Running' },
  { app: 'report', env: 'staging', team: 'finance', regionId: 'cn-beijing', distro: 'centos', initial: 'Stopped', lock: 'financial' },
  { app: 'web', env: 'prod', team: 'storefront', regionId: 'ap-southeast-1', distro: 'ubuntu', initial: 'Running' },
  { app: 'gateway', env: 'prod', team: 'platform', regionId: 'ap-southeast-1', distro: 'alinux', initial: 'Running' },
  { app: 'ml-train', env: 'dev', team: 'data', regionId: 'ap-southeast-1', distro: 'ubuntu', initial: 'Stopped' },
  // Last, so that adding it changed no other instance's seeded values.
  { app: 'kernel-debug', env: 'dev', team: 'platform', regionId: 'ap-southeast-1', distro: 'debian', initial: 'Running', verboseConsole: true },
];

/** Seeded dates sit in a fixed past window so the world is the same whatever the clock says. */
const EPOCH = Date.UTC(2024, 2, 1);
const DAY = 86_400_000;
const MINUTE = 60_000;

export interface SeededInstance {
  readonly spec: InstanceSpec;
  readonly power: PowerRecord;
}

export function seedInstances(seed: string): SeededInstance[] {
  const networks = new Map<string, RegionNetwork>();
  const network = (regionId: string): RegionNetwork => {
    let net = networks.get(regionId);
    if (!net) {
      net = regionNetwork(new Rng(seed, `network:${regionId}`), regionId);
      networks.set(regionId, net);
    }
    return net;
  };
  const counters = new Map<string, number>();
  return BLUEPRINTS.map((bp, index) => {
    const key = `${bp.env}-${bp.app}`;
    const ordinal = (counters.get(key) ?? 0) + 1;
    counters.set(key, ordinal);
    const spec = { name: `${key}-${String(ordinal).padStart(2, '0')}`, resourceGroupId: resourceGroupIdOf(seed, bp.team) };
    return seedInstance(new Rng(seed, `instance:${index}`), bp, spec, network(bp.regionId));
  });
}

/**
 * One resource group per team, `rg-acfm` + 11 characters like the real ones. Hashed rather than drawn
 * from the instance streams, so adding it changed no other seeded value.
 */
export function resourceGroupIdOf(seed: string, team: string): string {
  const digest = createHash('sha256').update(`${seed}\u0000resource-group:${team}`).digest();
  return `rg-acfm${Array.from(digest.subarray(0, 11), (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('')}`;
}

function seedInstance(rng: Rng, bp: Blueprint, fixed: { name: string; resourceGroupId: string }, net: RegionNetwork): SeededInstance {
  const { name, resourceGroupId } = fixed;
  const region = findRegion(bp.regionId);
  if (!region) throw new Error(`blueprint region ${bp.regionId} is not in REGIONS`);
  const instanceId = resourceId(rng, 'i', bp.regionId);
  const zoneId = rng.pick(region.zones.slice(0, 2));
  const image = imageByDistro(bp.distro);
  const type = bp.retiredType ? RETIRED_TYPE : rng.pick(CURRENT_TYPES);
  const creationTime = EPOCH + rng.int(0, 400) * DAY + rng.int(0, 1439) * MINUTE;
  const hasPublicIp = !bp.eip && rng.chance(0.5);
  const tags: Tag[] = [
    { key: 'env', value: bp.env },
    { key: 'team', value: bp.team },
    { key: 'app', value: bp.app },
  ];
  if (rng.chance(0.5)) tags.push({ key: 'cost-center', value: `cc-${rng.int(1000, 1099)}` });
  const spec: InstanceSpec = {
    instanceId,
    instanceName: name,
    hostName: bp.distro === 'windows' ? name.toUpperCase().slice(0, 15) : rng.chance(0.5) ? name : `iZ${instanceId.slice(2)}Z`,
    description: `${bp.app} (${bp.env}) owned by ${bp.team}`,
    regionId: bp.regionId,
    zoneId,
    type,
    image,
    vpcId: net.vpcId,
    vSwitchId: net.vSwitchIds.get(zoneId) ?? '',
    securityGroupIds: bp.app === 'bastion' ? net.securityGroupIds : [net.securityGroupIds[0]],
    privateIp: `172.${net.octet}.${region.zones.indexOf(zoneId)}.${rng.int(2, 253)}`,
    macAddress: macAddress(rng),
    networkInterfaceId: resourceId(rng, 'eni', bp.regionId),
    ...(hasPublicIp ? { publicIp: publicIp(rng, bp.regionId) } : {}),
    ...(bp.eip
      ? { eip: { allocationId: resourceId(rng, 'eip', bp.regionId), ipAddress: publicIp(rng, bp.regionId), bandwidth: 5 } }
      : {}),
    internetMaxBandwidthOut: hasPublicIp ? rng.pick([1, 5, 10, 100]) : 0,
    chargeType: bp.env === 'prod' ? 'PrePaid' : 'PostPaid',
    tags,
    resourceGroupId,
    keyPairName: bp.distro === 'windows' ? '' : `${bp.team}-ops`,
    serialNumber: rng.uuid(),
    creationTime,
    ...(bp.noAgent ? {} : { cloudAssistantVersion: bp.distro === 'windows' ? '2.1.3.857' : rng.pick(['2.2.3.857', '2.2.3.857', '2.2.0.106']) }),
    locks: bp.lock ? [bp.lock] : [],
    ...(bp.verboseConsole ? { verboseConsole: true } : {}),
  };
  return { spec, power: initialPower(rng, bp, creationTime) };
}

function initialPower(rng: Rng, bp: Blueprint, creationTime: number): PowerRecord {
  if (bp.initial === 'NeverStarted') return { status: 'Stopped', stoppedMode: 'KeepCharging', boots: 0 };
  const startTime = creationTime + rng.int(1, 90) * DAY + rng.int(0, 1439) * MINUTE;
  const booted: PowerRecord = {
    status: 'Running',
    stoppedMode: 'Not-applicable',
    startTime,
    boots: rng.int(1, 6),
    bootStartedAt: startTime,
    bootDurationMs: rng.int(14, 30) * 1000,
  };
  if (bp.initial === 'Running') return booted;
  const shutdownStartedAt = startTime + rng.int(1, 60) * DAY;
  return {
    ...booted,
    status: 'Stopped',
    stoppedMode: bp.env === 'prod' ? 'KeepCharging' : 'StopCharging',
    shutdownStartedAt,
    shutdownDurationMs: rng.int(3, 8) * 1000,
    shutdownForced: false,
  };
}
