import { isPeriodic, type InstanceTask, type InvocationRecord, type RunRecord } from '../../cloud-assistant/model.ts';
import { legacyInstanceStatus } from '../../cloud-assistant/status-rollup.ts';
import type { Operation, RpcParams } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { boundedMaxResults, paginate } from '../paging.ts';
import { boolParam, optional } from '../params.ts';
import { caRegion } from './command-fields.ts';
import { encodingParam } from './content.ts';
import { invocationResultView } from './invocation-view.ts';
import { matchesTagFilter, tagParams } from './tag-params.ts';

interface ResultRow {
  readonly invocation: InvocationRecord;
  readonly task: InstanceTask;
  /** Set for the rows of IncludeHistory: one execution each. */
  readonly run?: RunRecord;
}

function rows(world: World, regionId: string, params: RpcParams): ResultRow[] {
  const invokeId = optional(params, 'InvokeId');
  const commandId = optional(params, 'CommandId');
  const resourceGroupId = optional(params, 'ResourceGroupId');
  const tags = tagParams(params, 'Tag');
  // History is per execution and only for a named periodic task; otherwise one row per instance.
  const history = boolParam(params, 'IncludeHistory', false) && invokeId !== undefined;
  return world.cloudAssistant
    .invocations(regionId)
    .filter(
      (i) =>
        (invokeId === undefined || i.invokeId === invokeId) &&
        (commandId === undefined || i.commandId === commandId) &&
        (resourceGroupId === undefined || i.resourceGroupId === resourceGroupId) &&
        matchesTagFilter(i.tags, tags),
    )
    .flatMap((invocation) =>
      invocation.instances.flatMap((task): ResultRow[] =>
        history && isPeriodic(invocation.repeatMode) && task.runs.length > 0
          ? [...task.runs].reverse().map((run) => ({ invocation, task, run }))
          : [{ invocation, task }],
      ),
    );
}

/** `InvokeRecordStatus` takes the legacy values, and the per-instance InvocationStatus ones too. */
const statusOf = (row: ResultRow) => row.run?.status ?? row.task.status;

export const describeInvocationResults = (world: World): Operation => ({ params }) => {
  const region = caRegion(params);
  const encoding = encodingParam(params, 'Base64');
  const instanceId = optional(params, 'InstanceId');
  const status = optional(params, 'InvokeRecordStatus');
  const all = rows(world, region.regionId, params).filter(
    (row) =>
      (instanceId === undefined || row.task.instanceId === instanceId) &&
      (status === undefined || statusOf(row) === status || legacyInstanceStatus(statusOf(row)) === status),
  );
  const page = paginate(all, params, { sizeParam: 'MaxResults', size: boundedMaxResults, pages: { pageSizeDefault: 10, pageSizeMax: 50 } });
  // The paging fields sit inside `Invocation` here, unlike every other list.
  return {
    Invocation: {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      NextToken: page.nextToken,
      InvocationResults: { InvocationResult: page.items.map((row) => invocationResultView(row.invocation, row.task, encoding, row.run)) },
    },
  };
};
