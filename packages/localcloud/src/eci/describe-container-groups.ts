import type { Operation } from '../operation.ts';
import { paginate } from '../ecs/paging.ts';
import { boolParam, jsonStringArray, matchesTags, optional, regionParam, tagFilters } from '../ecs/params.ts';
import type { World } from '../world/index.ts';
import { containerGroupView } from './container-group-view.ts';

/** Limit defaults to 20 and cannot exceed it; larger values are served as 20 rather than refused. */
const limit = (raw: number | undefined): number => Math.min(20, Math.max(1, raw ?? 20));

export const describeContainerGroups = (world: World): Operation => ({ params }) => {
  const region = regionParam(params);
  const ids = jsonStringArray(params, 'ContainerGroupIds', 20);
  const name = optional(params, 'ContainerGroupName');
  const status = optional(params, 'Status');
  const zone = optional(params, 'ZoneId');
  const vSwitch = optional(params, 'VSwitchId');
  const tags = tagFilters(params);
  const withEvents = boolParam(params, 'WithEvent', false);
  const matching = world.containerGroups.filter(
    (g) =>
      g.regionId === region.regionId &&
      (ids === undefined || ids.includes(g.containerGroupId)) &&
      (name === undefined || g.containerGroupName === name) &&
      (status === undefined || g.status === status) &&
      (zone === undefined || g.zoneId === zone) &&
      (vSwitch === undefined || g.vSwitchId === vSwitch) &&
      matchesTags(g.tags, tags),
  );
  const page = paginate(matching, params, { sizeParam: 'Limit', size: limit });
  return {
    TotalCount: page.totalCount,
    NextToken: page.nextToken,
    ContainerGroups: page.items.map((g) => containerGroupView(g, withEvents)),
  };
};
