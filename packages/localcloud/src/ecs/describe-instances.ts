import type { Operation, RpcParams } from '../operation.ts';
import type { EcsInstance, World } from '../world/index.ts';
import { ecsErrors } from './errors.ts';
import { instanceView } from './instance-view.ts';
import { instancesIn } from './instance-lookup.ts';
import { clampedMaxResults, paginate } from './paging.ts';
import { boolParam, jsonStringArray, matchesTags, optional, regionParam, tagFilters } from './params.ts';

type Filter = (instance: EcsInstance) => boolean;

/** `web-*` style name patterns: `*` is the only wildcard. */
const namePattern = (pattern: string): RegExp =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

function filters(params: RpcParams): Filter[] {
  const out: Filter[] = [];
  const ids = jsonStringArray(params, 'InstanceIds', 100);
  if (ids) out.push((i) => ids.includes(i.spec.instanceId));
  const name = optional(params, 'InstanceName');
  if (name) {
    const pattern = namePattern(name);
    out.push((i) => pattern.test(i.spec.instanceName));
  }
  const tags = tagFilters(params);
  if (tags.length > 0) out.push((i) => matchesTags(i.spec.tags, tags));
  const exact: Record<string, (i: EcsInstance) => string> = {
    Status: (i) => i.power.status,
    ZoneId: (i) => i.spec.zoneId,
    VpcId: (i) => i.spec.vpcId,
    VSwitchId: (i) => i.spec.vSwitchId,
    InstanceType: (i) => i.spec.type.id,
    InstanceTypeFamily: (i) => i.spec.type.family,
    ImageId: (i) => i.spec.image.imageId,
    InstanceChargeType: (i) => i.spec.chargeType,
    KeyPairName: (i) => i.spec.keyPairName,
    ResourceGroupId: (i) => i.spec.resourceGroupId,
  };
  for (const [param, field] of Object.entries(exact)) {
    const wanted = optional(params, param);
    if (wanted !== undefined) out.push((i) => field(i) === wanted);
  }
  const securityGroup = optional(params, 'SecurityGroupId');
  if (securityGroup) out.push((i) => i.spec.securityGroupIds.includes(securityGroup));
  const ipFilters: Record<string, (i: EcsInstance) => string | undefined> = {
    PrivateIpAddresses: (i) => i.spec.privateIp,
    PublicIpAddresses: (i) => i.spec.publicIp,
    EipAddresses: (i) => i.spec.eip?.ipAddress,
  };
  for (const [param, field] of Object.entries(ipFilters)) {
    const ips = jsonStringArray(params, param, 100);
    if (ips) out.push((i) => ips.includes(field(i) ?? ''));
  }
  return out;
}

export const describeInstances = (world: World): Operation => ({ params }) => {
  const region = regionParam(params);
  const active = filters(params);
  if (boolParam(params, 'DryRun', false)) throw ecsErrors.dryRun();
  const matching = instancesIn(world, region.regionId).filter((i) => active.every((f) => f(i)));
  const page = paginate(matching, params, {
    sizeParam: 'MaxResults',
    size: clampedMaxResults,
    pages: { pageSizeDefault: 10, pageSizeMax: 100 },
  });
  return {
    TotalCount: page.totalCount,
    PageNumber: page.pageNumber,
    PageSize: page.pageSize,
    NextToken: page.nextToken,
    Instances: { Instance: page.items.map(instanceView) },
  };
};
