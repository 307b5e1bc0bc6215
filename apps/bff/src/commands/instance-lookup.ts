import type { CloudInstance, DescribeInstancesQuery } from '@porthole/cloud';
import type { FastifyInstance } from 'fastify';

// DescribeInstances answers at most 100 per page and takes at most 100 ids per call.
const PAGE_SIZE = 100;

export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** Every instance a DescribeInstances filter matches, all pages. */
export async function allInstances(app: FastifyInstance, query: Omit<DescribeInstancesQuery, 'pageNumber' | 'pageSize'>): Promise<CloudInstance[]> {
  const found: CloudInstance[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await app.cloud.describeInstances({ ...query, pageNumber, pageSize: PAGE_SIZE });
    found.push(...page.instances);
    if (page.instances.length === 0 || found.length >= page.totalCount) return found;
  }
}

/** The instances among these ids that exist in the region, by id. */
export async function instancesByIds(app: FastifyInstance, regionId: string, instanceIds: readonly string[]): Promise<Map<string, CloudInstance>> {
  const unique = [...new Set(instanceIds)];
  const pages = await Promise.all(chunks(unique, PAGE_SIZE).map((ids) => app.cloud.describeInstances({ regionId, instanceIds: ids, pageSize: PAGE_SIZE })));
  return new Map(pages.flatMap((page) => page.instances).map((instance) => [instance.instanceId, instance]));
}
