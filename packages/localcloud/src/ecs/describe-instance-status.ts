import type { Operation } from '../operation.ts';
import type { World } from '../world/index.ts';
import { instancesIn } from './instance-lookup.ts';
import { pageByNumber } from './paging.ts';
import { optional, regionParam, repeatedParam } from './params.ts';

export const describeInstanceStatus = (world: World): Operation => ({ params }) => {
  const region = regionParam(params);
  const ids = repeatedParam(params, 'InstanceId');
  const zone = optional(params, 'ZoneId');
  const matching = instancesIn(world, region.regionId).filter(
    (i) => (ids.length === 0 || ids.includes(i.spec.instanceId)) && (zone === undefined || i.spec.zoneId === zone),
  );
  const page = pageByNumber(matching, params, { pageSizeDefault: 10, pageSizeMax: 50 });
  return {
    TotalCount: page.totalCount,
    PageNumber: page.pageNumber,
    PageSize: page.pageSize,
    InstanceStatuses: {
      InstanceStatus: page.items.map((i) => ({ InstanceId: i.spec.instanceId, Status: i.power.status })),
    },
  };
};
