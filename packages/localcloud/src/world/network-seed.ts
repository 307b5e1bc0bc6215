import { REGIONS, findRegion } from './regions.ts';
import type { Rng } from './rng.ts';

/** The VPC layout of one region: one VPC, one vSwitch per zone, two security groups. */
export interface RegionNetwork {
  readonly vpcId: string;
  readonly vSwitchIds: ReadonlyMap<string, string>;
  readonly securityGroupIds: readonly [string, string];
  /** Second octet of the 172.x.0.0/16 VPC block. */
  readonly octet: number;
}

const PUBLIC_BLOCKS: Readonly<Record<string, string>> = {
  'cn-hangzhou': '47.96',
  'cn-shanghai': '47.100',
  'cn-beijing': '39.105',
  'cn-shenzhen': '120.79',
  'cn-hongkong': '47.242',
  'ap-southeast-1': '8.219',
};

export const resourceId = (rng: Rng, kind: string, regionId: string, length = 20): string => {
  const prefix = findRegion(regionId)?.idPrefix ?? '';
  return `${kind}-${prefix}${rng.alnum(length - prefix.length)}`;
};

/** Draws the layout from `rng`, which must be the region's own `network:<regionId>` stream so ECS and ECI agree. */
export function regionNetwork(rng: Rng, regionId: string): RegionNetwork {
  const zones = findRegion(regionId)?.zones ?? [];
  return {
    vpcId: resourceId(rng, 'vpc', regionId, 23),
    vSwitchIds: new Map(zones.map((zone) => [zone, resourceId(rng, 'vsw', regionId, 23)])),
    securityGroupIds: [resourceId(rng, 'sg', regionId), resourceId(rng, 'sg', regionId)],
    octet: 16 + REGIONS.findIndex((r) => r.regionId === regionId),
  };
}

export function publicIp(rng: Rng, regionId: string): string {
  return `${PUBLIC_BLOCKS[regionId] ?? '47.74'}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
}

export function macAddress(rng: Rng): string {
  return `00:16:3e:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`;
}
