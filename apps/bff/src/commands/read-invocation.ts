import type { CloudInstance, CloudInvocation, CloudInvocationResult } from '@porthole/cloud';
import type { InvocationDetail } from '@porthole/contract';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors/error-catalogue.ts';
import { instancesByIds } from './instance-lookup.ts';
import { toInvocationDetail, toInvocationResult } from './invocation-mapping.ts';

// The most DescribeInvocationResults answers per page.
const RESULTS_PAGE = 50;

/** An invocation with every per-instance result and the instances it ran on that still exist. */
export interface LoadedInvocation {
  readonly invocation: CloudInvocation;
  readonly results: readonly CloudInvocationResult[];
  readonly instances: ReadonlyMap<string, CloudInstance>;
}

export async function loadInvocation(app: FastifyInstance, regionId: string, invokeId: string): Promise<LoadedInvocation> {
  const { invocations } = await app.cloud.describeInvocations({ regionId, invokeId });
  const invocation = invocations.find((candidate) => candidate.invokeId === invokeId);
  if (!invocation) throw new ApiError('NOT_FOUND', `Invocation ${invokeId} does not exist in ${regionId}.`);
  const results: CloudInvocationResult[] = [];
  let nextToken: string | undefined;
  do {
    const page = await app.cloud.describeInvocationResults({ regionId, invokeId, maxResults: RESULTS_PAGE, ...(nextToken === undefined ? {} : { nextToken }) });
    results.push(...page.results);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  const instances = await instancesByIds(app, regionId, invocation.instances.map((instance) => instance.instanceId));
  return { invocation, results, instances };
}

/** Keeps the instances `visible` lets through (the user's scope); all by default. */
export function detailOf(loaded: LoadedInvocation, visible: (instanceId: string) => boolean = () => true): InvocationDetail {
  const { invocation, results, instances } = loaded;
  return toInvocationDetail(
    invocation,
    invocation.instances.filter((instance) => visible(instance.instanceId)),
    results.filter((result) => visible(result.instanceId)).map((result) => toInvocationResult(result, instances.get(result.instanceId)?.instanceName ?? null)),
  );
}

/** The invocation and every instance's latest result. No scope filter: the caller has checked the instances. */
export async function readInvocation(app: FastifyInstance, regionId: string, invokeId: string): Promise<InvocationDetail> {
  return detailOf(await loadInvocation(app, regionId, invokeId));
}
