import { providedBy } from '../../cloud-assistant/public-commands.ts';
import type { CommandRecord } from '../../cloud-assistant/model.ts';
import type { Operation, RpcParams } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { boundedMaxResults, paginate } from '../paging.ts';
import { optional } from '../params.ts';
import { caRegion } from './command-fields.ts';
import { commandView } from './command-view.ts';
import { encodingParam } from './content.ts';
import { matchesTagFilter, tagParams } from './tag-params.ts';

/** `Name`/`Description` filters: exact, or `*` as a wildcard anywhere (`*backup*`). */
function textFilter(value: string | undefined): (text: string) => boolean {
  if (value === undefined) return () => true;
  if (!value.includes('*')) return (text) => text === value;
  const pattern = new RegExp(`^${value.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return (text) => pattern.test(text);
}

function matching(world: World, regionId: string, params: RpcParams): CommandRecord[] {
  const store = world.cloudAssistant.commands;
  const provider = optional(params, 'Provider');
  // Without Provider only the account's own commands are listed; with it, only the cloud's.
  const pool = provider === undefined ? store.custom(regionId) : store.public.filter((c) => providedBy(c, provider));
  const id = optional(params, 'CommandId');
  const type = optional(params, 'Type');
  const resourceGroupId = optional(params, 'ResourceGroupId');
  const name = textFilter(optional(params, 'Name'));
  const description = textFilter(optional(params, 'Description'));
  const tags = tagParams(params, 'Tag');
  return pool.filter(
    (c) =>
      (id === undefined || c.commandId === id) &&
      (type === undefined || c.type === type) &&
      (resourceGroupId === undefined || c.resourceGroupId === resourceGroupId) &&
      name(c.name) &&
      description(c.description) &&
      matchesTagFilter(c.tags, tags),
  );
}

export const describeCommands = (world: World): Operation => ({ params }) => {
  const region = caRegion(params);
  const encoding = encodingParam(params, 'Base64');
  // Every version kept here is the latest one, so `Latest` filters nothing out.
  const page = paginate(matching(world, region.regionId, params), params, {
    sizeParam: 'MaxResults',
    size: boundedMaxResults,
    pages: { pageSizeDefault: 10, pageSizeMax: 50 },
  });
  return {
    TotalCount: page.totalCount,
    PageNumber: page.pageNumber,
    PageSize: page.pageSize,
    NextToken: page.nextToken,
    Commands: { Command: page.items.map((c) => commandView(c, encoding)) },
  };
};
