import type { InvocationRecord } from '../../cloud-assistant/model.ts';
import { legacyTaskStatus, taskStatus } from '../../cloud-assistant/status-rollup.ts';
import type { Operation, RpcParams } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { boundedMaxResults, paginate } from '../paging.ts';
import { boolParam, optional } from '../params.ts';
import { caRegion } from './command-fields.ts';
import { encodingParam } from './content.ts';
import { invocationView } from './invocation-view.ts';
import { matchesTagFilter, tagParams } from './tag-params.ts';

/**
 * The `InvokeStatus` filter takes the legacy values; it also matches the task-level InvocationStatus
 * so that `Success`, `PartialFailed` or `Stopped` find what the newer field shows.
 */
const statusMatches = (invocation: InvocationRecord, wanted: string): boolean => {
  const statuses = invocation.instances.map((t) => t.status);
  return legacyTaskStatus(statuses, invocation.repeatMode) === wanted || taskStatus(statuses) === wanted;
};

function filters(params: RpcParams): ((i: InvocationRecord) => boolean)[] {
  const exact: Record<string, (i: InvocationRecord) => string> = {
    InvokeId: (i) => i.invokeId,
    CommandId: (i) => i.commandId,
    CommandName: (i) => i.commandName,
    CommandType: (i) => i.commandType,
    RepeatMode: (i) => i.repeatMode,
    ResourceGroupId: (i) => i.resourceGroupId,
  };
  const out = Object.entries(exact).flatMap(([param, field]) => {
    const wanted = optional(params, param);
    return wanted === undefined ? [] : [(i: InvocationRecord) => field(i) === wanted];
  });
  const instanceId = optional(params, 'InstanceId');
  if (instanceId !== undefined) out.push((i) => i.instances.some((t) => t.instanceId === instanceId));
  const status = optional(params, 'InvokeStatus');
  if (status !== undefined) out.push((i) => statusMatches(i, status));
  const tags = tagParams(params, 'Tag');
  if (tags.length > 0) out.push((i) => matchesTagFilter(i.tags, tags));
  return out;
}

export const describeInvocations = (world: World): Operation => ({ params }) => {
  const region = caRegion(params);
  const encoding = encodingParam(params, 'Base64');
  // Output is only returned for a query narrowed to one task or one instance.
  const withOutput = boolParam(params, 'IncludeOutput', false) && (optional(params, 'InvokeId') ?? optional(params, 'InstanceId')) !== undefined;
  const active = filters(params);
  const all = world.cloudAssistant.invocations(region.regionId).filter((i) => active.every((f) => f(i)));
  const page = paginate(all, params, { sizeParam: 'MaxResults', size: boundedMaxResults, pages: { pageSizeDefault: 10, pageSizeMax: 50 } });
  return {
    TotalCount: page.totalCount,
    PageNumber: page.pageNumber,
    PageSize: page.pageSize,
    NextToken: page.nextToken,
    Invocations: { Invocation: page.items.map((i) => invocationView(i, encoding, withOutput)) },
  };
};
